// Meeting files and official documents through the UI: a spoiled meeting file is refused with its JSON path, the
// seed meeting is imported, and its Party conclusion notice is previewed, issued (01-TB/TBTT, kept on re-issue),
// downloaded and checked inside the .docx; the state regime switches the preview's header.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, fileSession, REPO, screenshot } from './harness';
import { editor } from './ui';

const SEED = path.join(REPO, 'tests/fixtures/seed-meeting.json');

const env = fileSession('export');

const importInput = (page: Page) => page.getByLabel('Nhập cuộc họp');
const preview = (page: Page) => page.getByTestId('document-preview');
const previewText = async (page: Page) => ((await preview(page).textContent()) ?? '').normalize('NFC');
const result = (page: Page) => page.getByTestId('export-result');

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { download, bytes: fs.readFileSync(file) };
}

/** Clicks "Xuất" and waits for the backend's answer, so the result on screen is this export's. */
async function exportOnce(page: Page) {
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/rpc/documents%3Aexport')), page.getByRole('button', { name: 'Xuất', exact: true }).click()]);
}

describe('meeting files and document export', () => {
  it('refuses a spoiled meeting file with the JSON path of the problem and stores nothing', async () => {
    const { page } = env.session;
    await page.goto(env.server.url);
    const spoiled = JSON.parse(fs.readFileSync(SEED, 'utf8'));
    spoiled.meeting.attendees[1].presence = 'có mặt';
    await importInput(page).setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(spoiled)) });

    const problems = page.getByTestId('import-problems');
    await expect.poll(async () => (await problems.textContent()) ?? '').toContain('meeting.attendees[1].presence');
    expect(await call<unknown[]>(env.server, 'meetings:list', {})).toEqual([]);
    expect(page.url()).not.toContain('#/meeting/');
  });

  it('imports the seed meeting, issues its Party notice and keeps the number on re-issue', async () => {
    const { page } = env.session;
    await importInput(page).setInputFiles(SEED);
    await editor(page).waitFor();
    expect(page.url()).toMatch(/#\/meeting\/\d+$/);

    await page.getByRole('button', { name: 'Xuất văn bản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất văn bản' });
    await dialog.getByRole('radio', { name: 'Thông báo kết luận' }).check();
    await expect.poll(() => previewText(page)).toContain('THÔNG BÁO');
    const text = await previewText(page);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('TỈNH ỦY HẢI DƯƠNG');
    // Not issued yet: the number is left blank in front of the symbol.
    const numberLine = preview(page).locator('[data-role="number"]');
    expect(await numberLine.textContent()).toMatch(/^Số\s+-TB\/TBTT$/);

    // Choosing to issue previews the number the notice would take, and the hint says it takes the next one.
    await dialog.getByRole('radio', { name: 'Ban hành' }).check();
    await expect.poll(() => numberLine.textContent()).toBe('Số 01-TB/TBTT');
    await expect.poll(() => dialog.textContent()).toContain('số tiếp theo');
    await exportOnce(page);
    await expect.poll(() => result(page).textContent()).toContain('01-TB/TBTT');
    await expect.poll(() => numberLine.textContent()).toBe('Số 01-TB/TBTT');
    // Browser mode saved it in the exports folder, so it can be opened as well as downloaded.
    expect(await result(page).getByRole('button', { name: 'Mở bằng Word' }).isVisible()).toBe(true);
    await screenshot(page, 'export-dialog');

    const { download, bytes } = await downloaded(page, () => result(page).getByRole('button', { name: 'Tải xuống' }).click());
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).normalize('NFC');
    expect(xml).toContain('THÔNG BÁO');
    expect(xml).toContain('K/T TRƯỞNG TIỂU BAN');
    expect(xml).toContain('01-TB/TBTT');

    await exportOnce(page);
    expect(await result(page).textContent()).toContain('01-TB/TBTT');
    expect(await result(page).textContent()).not.toContain('02-TB');

    await dialog.getByRole('radio', { name: 'Nhà nước (NĐ 30/2020)' }).check();
    await expect.poll(() => previewText(page)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await previewText(page)).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    await dialog.getByRole('button', { name: 'Đóng' }).click();
  });

  it('exports the open meeting as a meeting file that imports again', async () => {
    const { page } = env.session;
    const { download, bytes } = await downloaded(page, () => page.getByRole('button', { name: 'Xuất tệp cuộc họp' }).click());
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const file = JSON.parse(bytes.toString('utf8'));
    expect(file.format).toBe('bienban.meeting/1');
    expect(file.meeting.title).toBe('Buổi làm việc triển khai nhiệm vụ thời gian tới');
    const again = await call<{ meetingId: number }>(env.server, 'meetings:import', { content: bytes.toString('utf8') });
    expect(again.meetingId).toBeGreaterThan(0);
  });
});
