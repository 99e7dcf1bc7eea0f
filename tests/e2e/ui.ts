// What a secretary does in the UI, as reusable steps for the end-to-end tests. Locators go by the
// Vietnamese labels the user sees (the app starts in Vietnamese), so the tests also check the wording.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export type AttendeeRow = { name: string; title: string; unit: string; presence?: 'present' | 'absent' | 'substitute'; note?: string };

export const editor = (page: Page) => page.locator('.minutes-editor');
export const saveStatus = (page: Page) => page.getByTestId('save-status');
export const proposals = (page: Page) => page.getByTestId('proposal');

export async function waitSaved(page: Page) {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
}

/** Fills the new-meeting form and submits it; resolves on the meeting page with the editor loaded. */
export async function createMeeting(
  page: Page,
  m: { title: string; location?: string; chair?: string; attendees: AttendeeRow[] },
  beforeSubmit?: () => Promise<void>,
) {
  await page.getByRole('button', { name: 'Cuộc họp mới' }).click();
  await page.getByLabel('Tên cuộc họp').fill(m.title);
  if (m.location) await page.getByLabel('Địa điểm').fill(m.location);
  if (m.chair) await page.getByRole('group', { name: 'Chủ trì' }).getByLabel('Họ và tên').fill(m.chair);
  const rows = page.getByTestId('attendee-row');
  for (const [i, a] of m.attendees.entries()) {
    await page.getByRole('button', { name: 'Thêm người dự' }).click();
    const row = rows.nth(i);
    await row.getByLabel('Họ và tên').fill(a.name);
    await row.getByLabel('Chức vụ').fill(a.title);
    await row.getByLabel('Đơn vị').fill(a.unit);
    if (a.presence) await row.getByLabel('Tình trạng').selectOption(a.presence);
    if (a.note) await row.getByLabel(/Ghi chú/).fill(a.note);
  }
  await beforeSubmit?.();
  await page.getByRole('button', { name: 'Tạo cuộc họp' }).click();
  await editor(page).waitFor();
}

/** Puts the caret at the end of the minutes (the last paragraph, under Kết luận in the template). */
export async function caretAtEnd(page: Page) {
  await editor(page).locator(':scope > *').last().click();
  await page.keyboard.press('Control+End');
}

/** Puts the caret right after the first occurrence of `text` in the minutes, through a DOM selection. */
export async function caretAfter(page: Page, text: string) {
  await editor(page).focus();
  const found = await editor(page).evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at >= 0) {
        document.getSelection()!.collapse(node, at + needle.length);
        return true;
      }
    }
    return false;
  }, text);
  expect(found, `"${text}" is in the minutes`).toBe(true);
  // ProseMirror reads DOM selection changes asynchronously (selectionchange).
  await page.waitForTimeout(100);
}

/** Text of the editor's top-level blocks, NFC. */
export async function editorBlocks(page: Page): Promise<string[]> {
  return (await editor(page).locator(':scope > *').allTextContents()).map((s) => s.normalize('NFC'));
}

export async function search(page: Page, query: string): Promise<Locator> {
  const box = page.getByLabel('Tìm theo tên cuộc họp');
  await box.fill(query);
  return page.locator('.meeting-list .meeting-row');
}
