// The four documents rendered by LibreOffice: page-1 header lines intact, the expected page count, page numbers
// from page 2, only Liberation Serif / Times fonts, and a PNG of page 1 kept in test-artifacts/ for a human look.
// LibreOffice is required (CI installs it): without soffice this test fails, it does not skip.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type DocumentKind } from '../../shared/docx';
import { loadSource } from '../unit/docx/sources';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'docx');

type Case = { name: string; source: 'seed' | 'state'; kind: DocumentKind; pages: number; sameLine: [string, string][]; lines: string[] };
const CASES: Case[] = [
  {
    name: 'party-notice',
    source: 'seed',
    kind: 'notice',
    pages: 2,
    sameLine: [['TỈNH ỦY HẢI DƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['Số 05-TB/TBTT', 'Hải Dương, ngày 11 tháng 6 năm 2020']],
    lines: ['TIỂU BAN TUYÊN TRUYỀN VÀ', 'PHỤC VỤ ĐẠI HỘI ĐẢNG BỘ TỈNH', 'LẦN THỨ XVII', '*', 'THÔNG BÁO', '-----'],
  },
  {
    name: 'party-minutes',
    source: 'seed',
    kind: 'minutes',
    pages: 2,
    sameLine: [['TỈNH ỦY HẢI DƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['Số 05-BB/TBTT', 'Hải Dương, ngày 11 tháng 6 năm 2020']],
    lines: ['TIỂU BAN TUYÊN TRUYỀN VÀ', 'LẦN THỨ XVII', 'BIÊN BẢN', 'buổi làm việc triển khai nhiệm vụ thời gian tới'],
  },
  {
    name: 'state-notice',
    source: 'state',
    kind: 'notice',
    pages: 1,
    sameLine: [['UBND TỈNH HẢI DƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ THÔNG TIN VÀ', 'Độc lập - Tự do - Hạnh phúc'], ['Số: 12/TB-STTTT', 'Hải Dương, ngày 05 tháng 7 năm 2024']],
    lines: ['TRUYỀN THÔNG', 'THÔNG BÁO'],
  },
  {
    name: 'state-minutes',
    source: 'state',
    kind: 'minutes',
    pages: 2,
    sameLine: [['UBND TỈNH HẢI DƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ THÔNG TIN VÀ', 'Độc lập - Tự do - Hạnh phúc'], ['Số: 12/BB-STTTT', 'Hải Dương, ngày 05 tháng 7 năm 2024']],
    lines: ['TRUYỀN THÔNG', 'BIÊN BẢN', 'Cuộc họp giao ban triển khai chuyển đổi số quý III năm 2024'],
  },
];

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
    writeFileSync(file, await exportDocument(c.kind, loadSource(c.source)));
    files.push(file);
  }
  // One LibreOffice run for all four, with a private profile so parallel runs do not collide.
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

  it('uses only Liberation Serif / Times fonts', () => {
    const fonts = run('pdffonts', [pdf()]).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^(LiberationSerif|TimesNewRoman|Times)/);
  });

  it('keeps a PNG of page 1 in test-artifacts/', () => {
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf(), join(ARTIFACTS, `${c.name}-page1`)]);
  });
});
