// A runaway paste (several megabytes pasted into the minutes) is refused with a clear message, the editor
// keeps the text, and undoing the paste saves again: nothing saved before is lost.
import { beforeAll, describe, expect, it } from 'vitest';
import { call, fileSession, meetingInput } from './harness';
import { caretAtEnd, saveStatus, waitSaved } from './ui';

const env = fileSession('paste');
let meetingId: number;

beforeAll(async () => {
  const meeting = await call<{ id: number }>(env.server, 'meetings:create', meetingInput('Họp giao ban tuần'));
  meetingId = meeting.id;
});

const conclusionsOnServer = async () => {
  const minutes = await call<{ content: unknown; revision: number }>(env.server, 'minutes:get', { meetingId });
  return JSON.stringify(minutes.content);
};

describe('huge paste', () => {
  it('is refused as too large, keeps the editor text, and saves again once undone', async () => {
    const { page } = env.session;
    await page.goto(`${env.server.url}#/meeting/${meetingId}`);
    await caretAtEnd(page);
    await page.keyboard.type('Giao Sở Tài chính rà soát kinh phí.');
    await waitSaved(page);
    const before = await conclusionsOnServer();

    // About 6 MB of text in one paste event, as a Word document pasted by mistake would arrive.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Nội dung dán nhầm từ Word. '.repeat(230_000));
      document.querySelector('.minutes-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => saveStatus(page).getAttribute('data-state'), { timeout: 20_000 }).toBe('error');
    expect((await saveStatus(page).textContent())?.normalize('NFC')).toContain('quá lớn');
    expect(await conclusionsOnServer()).toBe(before);

    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await conclusionsOnServer()).toContain('Giao Sở Tài chính rà soát kinh phí.');
    expect(await conclusionsOnServer()).not.toContain('dán nhầm');
  });
});
