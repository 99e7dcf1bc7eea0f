// Segmentation and text cleanup of the extractor (shared/extractor/segment.ts, normalize.ts).
import { describe, expect, it } from 'vitest';
import { cleanText, nfcSlice } from '../../../shared/extractor/normalize';
import { clauses, paragraphs, sentences } from '../../../shared/extractor/segment';

const texts = (s: string, rs: { start: number; end: number }[]) => rs.map((r) => s.slice(r.start, r.end));

describe('segment', () => {
  it('splits sentences at ". " before a capital, not inside numbers or after "TP."', () => {
    const s = 'Sáng 12.3, Sở Y tế họp. Đề nghị UBND TP. Hải Phòng làm ngay... Sau đó báo cáo.';
    expect(texts(s, sentences(s, 0, s.length))).toEqual(['Sáng 12.3, Sở Y tế họp.', 'Đề nghị UBND TP. Hải Phòng làm ngay...', 'Sau đó báo cáo.']);
  });

  it('splits clauses at ";" but not inside brackets or quotes', () => {
    const s = 'Sở A rà soát hồ sơ (đợt 1; đợt 2); báo cáo "tiến độ; kết quả" đúng hạn';
    expect(texts(s, clauses(s, 0, s.length))).toEqual(['Sở A rà soát hồ sơ (đợt 1; đợt 2)', 'báo cáo "tiến độ; kết quả" đúng hạn']);
  });

  it('recognises bullets, numbers and letters as entries and ":" as a lead-in', () => {
    const s = 'Đề nghị các sở thực hiện:\n- Việc một.\n• Việc hai.\n2. Việc ba.\na) Việc bốn.\nĐoạn thường.';
    const ps = paragraphs(s);
    expect(ps.map((p) => [s.slice(p.start, p.end), p.isEntry, p.isLeadIn])).toEqual([
      ['Đề nghị các sở thực hiện:', false, true],
      ['Việc một.', true, false],
      ['Việc hai.', true, false],
      ['Việc ba.', true, false],
      ['Việc bốn.', true, false],
      ['Đoạn thường.', false, false],
    ]);
  });

  it('recognises multi-level numbers as entries and Roman numerals as parts of the document', () => {
    const s = '2.1. Việc một.\n2.2 Việc hai.\n1.1) Việc ba.\nII. Nhiệm vụ thời gian tới\n15.3.2024 là ngày họp.\n2.15 triệu đồng.';
    expect(paragraphs(s).map((p) => [s.slice(p.start, p.end), p.isEntry, p.isPart])).toEqual([
      ['Việc một.', true, false],
      ['Việc hai.', true, false],
      ['Việc ba.', true, false],
      ['Nhiệm vụ thời gian tới', false, true],
      ['15.3.2024 là ngày họp.', false, false],
      ['2.15 triệu đồng.', false, false],
    ]);
  });
});

describe('normalize', () => {
  it('cleans Word pastes and maps back to the NFC text', () => {
    const raw = 'Sở Tài\u00adchính\u00a0làm\r\nngay';
    const t = cleanText(raw);
    expect(t.clean).toBe('Sở Tàichính làm\nngay');
    expect(nfcSlice(t, 0, t.clean.indexOf(' làm'))).toBe('Sở Tài\u00adchính');
  });

  it('turns NFD input into NFC', () => {
    const t = cleanText('Sở Y tế'.normalize('NFD'));
    expect(t.nfc).toBe('Sở Y tế'.normalize('NFC'));
    expect(t.clean).toBe(t.nfc);
  });

  it('skips letterheads, the motto, number and place-date lines, the title, signatures and the recipients\' block', () => {
    const s = [
      'HUYỆN ỦY THANH HÀ\tĐẢNG CỘNG SẢN VIỆT NAM',
      'Số: 87-TB/HU\tThanh Hà, ngày 12 tháng 3 năm 2024',
      'THÔNG BÁO',
      'Kết luận của Ban Thường vụ Huyện ủy về công tác tuyển quân',
      'Ban Thường vụ Huyện ủy kết luận như sau:',
      '- Các xã rà soát thanh niên trong độ tuổi.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Trần Thị Bình',
      'Nơi nhận:',
      '- Các đồng chí Huyện ủy viên;',
      '- Lưu: VP.',
    ].join('\n');
    const clean = cleanText(s).clean;
    expect(paragraphs(clean).map((p) => clean.slice(p.start, p.end))).toEqual(['Ban Thường vụ Huyện ủy kết luận như sau:', 'Các xã rà soát thanh niên trong độ tuổi.']);
  });

  it('keeps the sentence after header cells on the same line, and capitals that open a sentence or a heading', () => {
    const s = 'Độc lập - Tự do - Hạnh phúc\tĐề nghị Sở Y tế kiểm tra.\nQuảng Ninh, ngày 2 tháng 8 năm 2022 Giao Sở Xây dựng rà soát.\nUBND TP. Hạ Long rà soát.\nĐỐI VỚI SỞ Y TẾ:\n- Lưu ý: Sở Y tế báo cáo.';
    const clean = cleanText(s).clean;
    expect(paragraphs(clean).map((p) => clean.slice(p.start, p.end))).toEqual([
      'Đề nghị Sở Y tế kiểm tra.',
      'Giao Sở Xây dựng rà soát.',
      'UBND TP. Hạ Long rà soát.',
      'ĐỐI VỚI SỞ Y TẾ:',
      'Lưu ý: Sở Y tế báo cáo.',
    ]);
  });
});
