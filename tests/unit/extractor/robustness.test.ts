// Robustness of the extractor (shared/extractor): on any text and any document date it never throws, and
// what it returns is well formed: spans inside the NFC text, verbatim strings, real ISO days, known kinds.
// Texts are built by a seeded generator from the vocabulary the rules react to, mixed with the noise of
// pasted documents, so a failure is reproducible from its seed and index.
import { describe, expect, it } from 'vitest';
import { extractActionItems } from '../../../shared/extractor';
import type { ProposedItem } from '../../../shared/domain/types';

/** mulberry32: a small deterministic generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CUES = [
  'Đề nghị', 'đề nghị', 'Giao', 'giao cho', 'Yêu cầu', 'yêu cầu:', 'chỉ đạo', 'phân công', 'Đối với', 'Riêng đối với',
  'Đồng thời,', 'Cùng với đó,', 'cùng', 'cùng với', 'phối hợp với', 'phối hợp chặt chẽ với', 'chủ trì,', 'chủ trì',
  'với sự tham gia của', 'tiếp tục', 'khẩn trương', 'sớm', 'chủ động', 'có trách nhiệm', 'thông báo để', 'nhất trí',
  'đã', 'cần', 'đồng chí', 'kết luận:', 'Thời hạn hoàn thành', 'tập trung thực hiện các nội dung sau:', 'liên hệ với',
  'Đại diện', 'kiến nghị', 'đề xuất', 'cho biết', 'cam kết', 'Về', 'ông đề nghị', 'lưu ý', 'Lãnh đạo huyện',
];
const UNITS = [
  'Sở Y tế', 'UBND tỉnh', 'Ủy ban nhân dân các huyện, thị xã, thành phố', 'các sở, ban, ngành', 'Sở Văn hóa, Thể thao và Du lịch',
  'Đài Phát thanh - Truyền hình tỉnh', 'Công an tỉnh', 'Chủ tịch UBND tỉnh', 'Ban Thường vụ Huyện ủy', 'Sở VH-TT&DL',
  'các thành viên tiểu ban', 'Văn phòng', 'Ban Quản lý', 'Trưởng ban', 'các cơ quan, đơn vị', 'UBND các xã, thị trấn',
  'Tỉnh đoàn', 'Bộ Tài chính', 'Kho bạc Nhà nước tỉnh', 'các tổ chức chính trị - xã hội', 'TP. Hải Phòng', 'ông', 'các',
  'huyện', 'xã', 'Trưởng các khoa', 'Phòng Người có công:', 'Sở TN & MT tỉnh', 'Khoa Hồi sức tích cực và Chống độc',
];
const WORDS = [
  'rà soát hồ sơ', 'xây dựng kế hoạch', 'báo cáo', 'tổ chức', 'kiểm tra', 'triển khai thực hiện', 'tuyên truyền', 'và',
  'hoàn thành', 'các nội dung sau', 'hội nghị', 'tổ chức hội nghị', 'Đại hội', 'năm học mới', 'tình hình', 'công tác',
];
const TIMES = [
  'trước ngày 30/6', 'trước ngày 31/2/2021', 'chậm nhất ngày 5 tháng 13 năm 2020', 'trong tháng 7/2023', 'trong quý IV',
  'trong năm 2024', 'trước Tết', 'trước, trong và sau Đại hội', 'hằng tháng', 'định kỳ 6 tháng', 'thường xuyên', 'ngay',
  'trong 5 ngày làm việc', 'trong 999 ngày', 'từ ngày 1/4 đến ngày 10/4', 'trước 17 giờ ngày 18/11', 'trước tháng 1/0000',
  'trước ngày 29/2/1900', 'trước ngày 29/2/2000', 'trước ngày 0/0', 'trong tháng 00', 'trong quý 0', 'ngay sau khi',
  'sau khi', 'trước ngày 20 hằng tháng', 'đến hết năm 0001', 'trong 6 tháng đầu năm', 'cuối năm', 'trước quý I/0000',
  'tầm nhìn đến năm 2050', 'giai đoạn từ năm 2021 đến năm 2025', 'trong dịp nghỉ lễ 30/4 - 1/5', 'trong dịp lễ 31/2 - 0/13',
  'trong suốt kỳ nghỉ lễ', 'trước Tết Nguyên đán Giáp Thìn 2024', 'trong mùa mưa bão',
];
const MARKS = [
  ';', ':', ',', '.', '-', '–', '•', '1.', 'a)', 'II.', '(1)', '2.1.', '1.1)', '2.2', '\n', '\n\n', '\r\n', '\r', '…', '...', '"', '“', '”', '(', ')',
  '\u00a0', '\u00ad', '\u200b', '\u2028', '\t', ' ', '!', '?', '/', '&', '\u0301', '\ud800', '🚀', '👍🏽', '',
];
const NFD = [...CUES, ...UNITS].map((w) => w.normalize('NFD'));
const VOCABULARY = [CUES, UNITS, WORDS, TIMES, MARKS, NFD];
const DOC_DATES = ['2021-05-10', '2020-02-29', null, '', '2021-02-30', 'not a date', '20210101', '0000-01-01'];
const KINDS = new Set(['date', 'period', 'event', 'recurring', 'ongoing', 'asap', 'none']);

const ROLES = ['chủ trì, phối hợp với', 'phối hợp với', 'cùng', 'với sự tham gia của'];
const VERBS = ['tiếp tục', 'tăng cường', 'khẩn trương', 'sớm', 'chủ động', 'rà soát', 'xây dựng', 'báo cáo', 'kiểm tra', 'có trách nhiệm'];
const OPENINGS = [
  '', '', '- ', '• ', '1. ', 'a) ', 'II. ', '2.1. ', 'Đối với ', 'Đề nghị ', 'Giao ', 'Yêu cầu: ', 'Đồng thời, ', 'Trong tháng 6, ',
  'Đối với các địa phương, ông đề nghị ', 'Về ',
];
const ENDINGS = ['.', '.', ';', ':', '…', '', '...', '!'];

/** Word salad over the whole vocabulary, or (5%) punctuation only. */
function salad(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const onlyMarks = random() < 0.05;
  const n = Math.floor(random() * 40);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += pick(onlyMarks ? MARKS : pick(VOCABULARY));
    if (random() < 0.7) s += ' ';
  }
  return s;
}

/** Lines shaped like conclusions (opening, parties, role, directive, time, ";" clauses), with noise dropped in. */
function conclusions(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const maybe = (p: number, s: string) => (random() < p ? s : '');
  const lines: string[] = [];
  for (let l = Math.floor(random() * 6); l >= 0; l--) {
    let line = pick(OPENINGS) + pick(UNITS) + maybe(0.3, ', ' + pick(UNITS)) + maybe(0.3, ' ' + pick(ROLES) + ' ' + pick(UNITS));
    for (let c = Math.floor(random() * 3); c >= 0; c--) {
      line += ' ' + pick(VERBS) + ' ' + pick(WORDS) + maybe(0.4, ' ' + pick(TIMES)) + maybe(0.15, pick(MARKS)) + (c ? ';' : '');
    }
    lines.push(line + pick(ENDINGS));
  }
  const text = lines.join(pick(['\n', '\n\n', '\r\n', ' ']));
  return random() < 0.2 ? text.normalize('NFD') : text;
}

function isRealDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The first broken promise of an item, or null. */
function fault(nfc: string, item: ProposedItem): string | null {
  const { start, end } = item.span;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= nfc.length)) return `span ${start}-${end}`;
  for (const name of [...item.lead, ...item.support]) if (!name || !nfc.includes(name)) return `party "${name}"`;
  if (!item.lead.length) return 'no lead';
  if (!item.task || !nfc.includes(item.task)) return `task "${item.task}"`;
  const { text: dt, kind, iso } = item.deadline;
  if (!KINDS.has(kind)) return `kind ${kind}`;
  if (dt !== null && !nfc.includes(dt)) return `deadline text "${dt}"`;
  if ((kind === 'none') !== (dt === null)) return `deadline ${kind} with text ${dt}`;
  if (iso !== null && !isRealDay(iso)) return `iso ${iso}`;
  if (!(item.confidence > 0 && item.confidence <= 1)) return `confidence ${item.confidence}`;
  return null;
}

describe('robustness', () => {
  it('never throws and returns well-formed items on 4000 generated texts', () => {
    const random = generator(20240611);
    for (let i = 0; i < 4000; i++) {
      const s = i % 2 ? salad(random) : conclusions(random);
      const docDate = DOC_DATES[i % DOC_DATES.length];
      let items: ProposedItem[];
      try {
        items = extractActionItems(s, { docDate });
      } catch (e) {
        throw new Error(`text #${i} ${JSON.stringify(s)} (docDate ${docDate}) threw: ${(e as Error).stack}`);
      }
      const nfc = s.normalize('NFC');
      for (const item of items) {
        const f = fault(nfc, item);
        if (f) expect.fail(`text #${i} ${JSON.stringify(s)} (docDate ${docDate}): ${f}`);
      }
    }
  });

  it('handles edge inputs: empty, blank, only punctuation, only markers', () => {
    for (const s of ['', ' ', '\n\n', ';', ';;;', ':', '- ;', '1.', 'a)', '…', '\u00ad', '"', '“”', '•\n•', 'Sở A:\n;', '\n:\n- ;']) {
      expect(() => extractActionItems(s, { docDate: '2021-01-01' })).not.toThrow();
    }
  });

  it('keeps a ";" clause where a speaker cue names no addressee with the sentence\'s lead', () => {
    const items = extractActionItems('Sở Xây dựng kiểm tra công trình; Chủ tịch UBND tỉnh yêu cầu khẩn trương sửa chữa.', { docDate: null });
    expect(items.map((i) => [i.lead, i.task])).toEqual([
      [['Sở Xây dựng'], 'kiểm tra công trình'],
      [['Sở Xây dựng'], 'khẩn trương sửa chữa'],
    ]);
  });

  it.each([
    ['commas and semicolons', ', ;'],
    ['one party listed again and again', 'Sở Y tế, '],
    ['one task clause again and again', 'rà soát hồ sơ trước ngày 30/6; '],
    ['cue words without addressees', 'đề nghị yêu cầu giao '],
    ['positions and units listed in turn', 'Giám đốc Sở Y tế, Sở Tài chính, '],
    ['";" objects merged into one task', 'phòng, chống cháy; '],
    ['a ":" list of objects', 'gồm: báo cáo; '],
  ])('finishes a 300 KB sentence of %s quickly (no catastrophic backtracking)', (_name, unit) => {
    const s = 'Đề nghị Sở Tài chính ' + unit.repeat(Math.ceil(300_000 / unit.length));
    const t0 = performance.now();
    extractActionItems(s, { docDate: '2021-05-10' });
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
