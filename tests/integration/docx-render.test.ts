// The four documents, and each meeting issued in the other regime, rendered by LibreOffice: page-1 header lines intact,
// the expected page count, page numbers from page 2, only the regime's own spellings, the closing sentence on the page
// of the signatures, only Liberation Serif / Times fonts, and PNGs of every page in test-artifacts/ for a human look.
// LibreOffice is required (CI installs it): without soffice this test fails, it does not skip.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type DocumentKind } from '../../shared/docx';
import type { Regime } from '../../shared/domain/types';
import { loadSource } from '../unit/docx/sources';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'docx');

/** `regime` issues the meeting under the other regime's rules (a Party body's notice as a state document, …). */
type Case = { name: string; source: 'seed' | 'state'; regime?: Regime; kind: DocumentKind; pages: number; sameLine: [string, string][]; lines: string[]; signatureRow: [string, string]; signer: string };
const CASES: Case[] = [
  {
    name: 'party-notice',
    source: 'seed',
    kind: 'notice',
    pages: 2,
    sameLine: [['TỈNH ỦY HẢI DƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['Số 05-TB/TBTT', 'Hải Dương, ngày 11 tháng 6 năm 2020']],
    lines: ['TIỂU BAN TUYÊN TRUYỀN VÀ', 'PHỤC VỤ ĐẠI HỘI ĐẢNG BỘ TỈNH', 'LẦN THỨ XVII', '*', 'THÔNG BÁO', '-----'],
    signatureRow: ['Nơi nhận:', 'K/T TRƯỞNG TIỂU BAN'],
    signer: 'Nguyễn Quang Phúc',
  },
  {
    name: 'party-minutes',
    source: 'seed',
    kind: 'minutes',
    pages: 2,
    sameLine: [['TỈNH ỦY HẢI DƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['Số 05-BB/TBTT', 'Hải Dương, ngày 11 tháng 6 năm 2020']],
    lines: ['TIỂU BAN TUYÊN TRUYỀN VÀ', 'LẦN THỨ XVII', 'BIÊN BẢN', 'buổi làm việc triển khai nhiệm vụ thời gian tới'],
    signatureRow: ['NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ'],
    signer: 'Nguyễn Quang Phúc',
  },
  {
    name: 'state-notice',
    source: 'state',
    kind: 'notice',
    pages: 1,
    sameLine: [['UBND TỈNH HẢI DƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ THÔNG TIN VÀ', 'Độc lập - Tự do - Hạnh phúc'], ['Số: 12/TB-STTTT', 'Hải Dương, ngày 05 tháng 7 năm 2024']],
    lines: ['TRUYỀN THÔNG', 'THÔNG BÁO'],
    signatureRow: ['Nơi nhận:', 'GIÁM ĐỐC'],
    signer: 'Trần Văn Bình',
  },
  {
    name: 'state-minutes',
    source: 'state',
    kind: 'minutes',
    pages: 2,
    sameLine: [['UBND TỈNH HẢI DƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ THÔNG TIN VÀ', 'Độc lập - Tự do - Hạnh phúc'], ['Số: 12/BB-STTTT', 'Hải Dương, ngày 05 tháng 7 năm 2024']],
    lines: ['TRUYỀN THÔNG', 'BIÊN BẢN', 'Cuộc họp giao ban triển khai chuyển đổi số quý III năm 2024'],
    signatureRow: ['THƯ KÝ', 'CHỦ TỌA'],
    signer: 'Trần Văn Bình',
  },
  {
    name: 'party-notice-as-state',
    source: 'seed',
    regime: 'state',
    kind: 'notice',
    pages: 2,
    sameLine: [['TỈNH ỦY HẢI DƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Số: 05/TB-TBTT', 'Hải Dương, ngày 11 tháng 6 năm 2020']],
    lines: ['THÔNG BÁO'],
    signatureRow: ['Nơi nhận:', 'KT. TRƯỞNG TIỂU BAN'],
    signer: 'Nguyễn Quang Phúc',
  },
  {
    name: 'party-minutes-as-state',
    source: 'seed',
    regime: 'state',
    kind: 'minutes',
    pages: 2,
    sameLine: [['TỈNH ỦY HẢI DƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Số: 05/BB-TBTT', 'Hải Dương, ngày 11 tháng 6 năm 2020']],
    lines: ['BIÊN BẢN', 'Buổi làm việc triển khai nhiệm vụ thời gian tới'],
    signatureRow: ['THƯ KÝ', 'CHỦ TỌA'],
    signer: 'Nguyễn Quang Phúc',
  },
  {
    name: 'state-notice-as-party',
    source: 'state',
    regime: 'party',
    kind: 'notice',
    pages: 2,
    sameLine: [['UBND TỈNH HẢI DƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['Số 12-TB/STTTT', 'Hải Dương, ngày 05 tháng 7 năm 2024']],
    // 14 pt bold in the 85 mm column: two balanced lines, never "… TRUYỀN / THÔNG".
    lines: ['SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG', '*', 'THÔNG BÁO', '-----'],
    signatureRow: ['Nơi nhận:', 'GIÁM ĐỐC'],
    signer: 'Trần Văn Bình',
  },
  {
    name: 'state-minutes-as-party',
    source: 'state',
    regime: 'party',
    kind: 'minutes',
    pages: 2,
    sameLine: [['UBND TỈNH HẢI DƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['Số 12-BB/STTTT', 'Hải Dương, ngày 05 tháng 7 năm 2024']],
    lines: ['SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG', 'BIÊN BẢN', 'cuộc họp giao ban triển khai chuyển đổi số quý III năm 2024', '-----'],
    signatureRow: ['NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ'],
    signer: 'Trần Văn Bình',
  },
];

/** Spellings of the other regime that must never appear (guide §3, §7.8). */
const FOREIGN: Record<Regime, RegExp[]> = {
  party: [/\bKT\./, /\bTM\./, /\bTL\./, /\.\/\./, /Số:/, /CỘNG HÒA/, /Lưu: VT/],
  state: [/K\/T/, /T\/M/, /T\/L/, /ĐẢNG CỘNG SẢN/],
};

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

function requireTool(command: string, packageName: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${command} is not installed: this test needs it (apt-get install -y --no-install-recommends ${packageName})`);
  }
}

let work = '';

beforeAll(async () => {
  requireTool('soffice', 'libreoffice-writer-nogui fonts-liberation2');
  for (const tool of ['pdftotext', 'pdffonts', 'pdftoppm', 'pdfinfo']) requireTool(tool, 'poppler-utils');
  work = mkdtempSync(join(tmpdir(), 'bienban-render-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const files: string[] = [];
  for (const c of CASES) {
    const file = join(work, `${c.name}.docx`);
    const source = loadSource(c.source);
    const organization = { ...source.organization, regime: c.regime ?? source.organization.regime };
    writeFileSync(file, await exportDocument(c.kind, { ...source, organization }));
    files.push(file);
  }
  // One LibreOffice run for all of them, with a private profile so parallel runs do not collide.
  run('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, ...files]);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.each(CASES)('$name rendered by LibreOffice', (c) => {
  const pdf = () => join(work, `${c.name}.pdf`);
  const pageText = (page: number) => run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf(), '-']);

  it('keeps the page-1 header lines intact, side by side where the layout puts them', () => {
    const lines = pageText(1).split('\n');
    for (const [left, right] of c.sameLine) {
      expect(lines.some((l) => l.includes(left) && l.includes(right)), `"${left}" beside "${right}"`).toBe(true);
    }
    for (const expected of c.lines) expect(lines.some((l) => l.trim() === expected), `line "${expected}"`).toBe(true);
  });

  it('has the expected page count, with a page number on page 2 only', () => {
    expect(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf()]))?.[1])).toBe(c.pages);
    expect(pageText(1).trim().split('\n')[0].trim()).not.toMatch(/^\d+$/);
    if (c.pages > 1) expect(pageText(2).trim().split('\n')[0].trim()).toBe('2');
  });

  it("shows only this regime's spellings", () => {
    const regime = c.regime ?? (c.source === 'seed' ? 'party' : 'state');
    const all = run('pdftotext', ['-layout', pdf(), '-']);
    for (const form of FOREIGN[regime]) expect(all, String(form)).not.toMatch(form);
  });

  it('sets the signature row level (guide §1.2 row 11, §5) on the page of the closing sentence', () => {
    const closing = /kết thúc vào|biết, thực hiện/;
    const pages = Array.from({ length: c.pages }, (_, i) => pageText(i + 1).split('\n'));
    const page = pages.find((lines) => lines.some((l) => l.trim().endsWith(c.signer)));
    expect(page, `a page signed by ${c.signer}`).toBeDefined();
    const [left, right] = c.signatureRow;
    const row = page!.findIndex((l) => l.includes(left) && l.includes(right));
    expect(row, `"${left}" beside "${right}"`).toBeGreaterThan(0);
    // Keep-with-next on the closing lines: the signatures never start a page of their own.
    expect(page!.slice(0, row).some((l) => closing.test(l)), 'closing sentence above the signature row').toBe(true);
  });

  it('uses only Liberation Serif / Times fonts', () => {
    const fonts = run('pdffonts', [pdf()]).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^(LiberationSerif|TimesNewRoman|Times)/);
  });

  it('keeps a PNG of every page in test-artifacts/', () => {
    run('pdftoppm', ['-png', '-r', '70', pdf(), join(ARTIFACTS, c.name)]);
  });
});
