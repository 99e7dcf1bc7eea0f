// Minutes survive a restart (a), and a crash ~1 s after the last keystroke (b): autosave is the only save.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, launchBrowser, screenshot, startServer, tempDir, type BrowserSession, type Server } from './harness';
import { caretAtEnd, createMeeting, editor, editorBlocks, saveStatus, search, waitSaved } from './ui';

const SENTENCE = 'Đồng chí Nguyễn Quang Phúc kết luận: Sở Văn hóa, Thể thao và Du lịch sớm hoàn thiện kế hoạch.';
const TITLE = 'Họp bàn kế hoạch văn hóa quý III';
const ATTENDEES = [
  { name: 'Nguyễn Thị Hương', title: 'Phó Giám đốc', unit: 'Sở Văn hóa, Thể thao và Du lịch' },
  { name: 'Trần Đức Long', title: 'Trưởng phòng', unit: 'Sở Thông tin và Truyền thông' },
  { name: 'Lê Văn Đạt', title: 'Chánh Văn phòng', unit: 'Văn phòng Tỉnh ủy', presence: 'absent' as const, note: 'đi công tác' },
];

let dir: string;
let server: Server | null;
let session: BrowserSession;

beforeEach(async () => {
  dir = tempDir('persist');
  server = await startServer(path.join(dir, 'db.sqlite'));
  session = await launchBrowser();
});
afterEach(async () => {
  await session.close();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const restart = async (signal: 'SIGTERM' | 'SIGKILL') => {
  await server!.stop(signal);
  server = null;
  server = await startServer(path.join(dir, 'db.sqlite'));
  return server;
};

describe('minutes persistence', () => {
  it('a. keeps the meeting, its attendees and the typed conclusions across a server restart', async () => {
    const { page } = session;
    await page.goto(server!.url);
    await createMeeting(page, { title: TITLE, location: 'Phòng họp số 2', attendees: ATTENDEES }, () => screenshot(page, 'meeting-form', true));
    await caretAtEnd(page);
    await page.keyboard.type(SENTENCE);
    await expect.poll(() => saveStatus(page).getAttribute('data-state')).not.toBe('error');
    await waitSaved(page);

    const again = await restart('SIGTERM');
    await page.goto(again.url);
    // Found without diacritics, and by its exact title.
    const rows = await search(page, 'van hoa quy iii');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining(TITLE)]);
    await expect.poll(async () => (await search(page, TITLE)).count()).toBe(1);
    await screenshot(page, 'meeting-list');
    await rows.first().click();
    await editor(page).waitFor();

    await page.locator('.meeting-attendees summary').click();
    const listed = (await page.getByTestId('attendee-list').locator('li').allTextContents()).map((s) => s.normalize('NFC'));
    expect(listed).toEqual([
      'Nguyễn Thị Hương, Phó Giám đốc, Sở Văn hóa, Thể thao và Du lịch',
      'Trần Đức Long, Trưởng phòng, Sở Thông tin và Truyền thông',
      'Lê Văn Đạt, Chánh Văn phòng, Văn phòng Tỉnh ủy (lý do: đi công tác)Vắng mặt',
    ]);
    const blocks = await editorBlocks(page);
    expect(blocks.at(-1)).toBe(SENTENCE.normalize('NFC'));
    expect(blocks.at(-2)).toBe('Kết luận');
  });

  it('b. keeps what was typed ~1 s before the server is killed', async () => {
    const { page } = session;
    await page.goto(server!.url);
    await createMeeting(page, { title: 'Giao ban tuần', attendees: [] });
    await caretAtEnd(page);
    const typed = 'Văn phòng Tỉnh ủy chuẩn bị hội trường trước ngày 15/6/2020.';
    await page.keyboard.type(typed);
    await page.waitForTimeout(1_000); // not waiting for "Đã lưu": the point is what the user sees as time
    const meetingId = Number(new URL(page.url()).hash.split('/')[2]);

    const again = await restart('SIGKILL');
    const minutes = await call<{ content: unknown }>(again, 'minutes:get', { meetingId });
    expect(JSON.stringify(minutes.content)).toContain(typed);
    await page.goto(again.url + `#/meeting/${meetingId}`);
    await editor(page).waitFor();
    expect((await editorBlocks(page)).at(-1)).toBe(typed);
  });

  it('b2. loses at most the last second when the server is killed while typing never pauses', async () => {
    const { page } = session;
    await page.goto(server!.url);
    await createMeeting(page, { title: 'Họp không nghỉ tay', attendees: [] });
    await caretAtEnd(page);
    const meetingId = Number(new URL(page.url()).hash.split('/')[2]);
    // Steady typing for about eight seconds, recording when each character went in: long enough that a save
    // only every few seconds would leave more than the last second unsaved.
    const text =
      'Sở Xây dựng chủ trì rà soát quy hoạch, báo cáo trước ngày 30/9/2024 và đề xuất giải pháp. ' +
      'Sở Tài chính bố trí kinh phí, Sở Nội vụ hướng dẫn thủ tục, các huyện phối hợp thực hiện.';
    const typedAt: number[] = [];
    for (const ch of text) {
      await page.keyboard.type(ch);
      typedAt.push(Date.now());
      await page.waitForTimeout(40);
    }
    const killedAt = Date.now();
    const again = await restart('SIGKILL');
    const saved = await call<{ content: unknown }>(again, 'minutes:get', { meetingId });
    // Everything typed more than 1.5 s before the kill (one second plus a request's time) must be there.
    const mustHave = [...text].filter((_, i) => typedAt[i] < killedAt - 1_500).join('');
    expect(mustHave.length).toBeGreaterThan(20);
    expect(JSON.stringify(saved.content)).toContain(mustHave);
  });
});
