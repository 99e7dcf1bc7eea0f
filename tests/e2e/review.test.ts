// The review panel on the founding example (d): the chair's conclusions of the 11/06/2020 working session
// (fixtures/seed-conclusions.txt) give ten tasks to six units. Proposals are highlighted in the text,
// decisions survive a reload, and an accepted item whose sentence is edited is flagged.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, fileSession, meetingInput, screenshot } from './harness';
import { caretAfter, caretAtEnd, proposals, waitSaved } from './ui';

const CONCLUSIONS = fs
  .readFileSync(new URL('./fixtures/seed-conclusions.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((p) => p.trim())
  .filter(Boolean);
const UNITS = ['Ban Tuyên giáo Tỉnh ủy', 'Sở Thông tin và Truyền thông', 'Báo Hải Dương', 'Đài Phát thanh - Truyền hình tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Văn phòng Tỉnh ủy'];

type Proposal = { lead: string[]; task: string; sourceText: string; review: string };

const env = fileSession('review');
let meetingId: number;

beforeAll(async () => {
  const meeting = await call<{ id: number }>(
    env.server,
    'meetings:create',
    meetingInput('Buổi làm việc triển khai nhiệm vụ thời gian tới', {
      kind: 'buổi làm việc',
      location: 'Hải Dương',
      chair: { name: 'Nguyễn Quang Phúc', title: 'Trưởng Ban Tuyên giáo Tỉnh ủy', signingTitle: 'PHÓ TRƯỞNG TIỂU BAN', authority: 'K/T TRƯỞNG TIỂU BAN' },
      secretary: { name: '', title: 'Thư ký Tiểu ban' },
      attendees: UNITS.map((unit) => ({ name: '', title: 'Thành viên Tiểu ban', unit, presence: 'present', note: '' })),
    }),
  );
  meetingId = meeting.id;
});

const card = (i: number) => proposals(env.session.page).nth(i);
const highlighted = async () => (await env.session.page.locator('.source-highlight').allTextContents()).join('');

describe('review panel', () => {
  it('d. proposes the ten tasks of the founding example and keeps the secretary’s decisions', async () => {
    const { page } = env.session;
    await page.goto(`${env.server.url}#/meeting/${meetingId}`);
    await caretAtEnd(page);
    for (const [i, paragraph] of CONCLUSIONS.entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.insertText(paragraph);
    }
    await waitSaved(page);

    await page.getByRole('button', { name: 'Đề xuất nhiệm vụ' }).click();
    await expect.poll(() => proposals(page).count()).toBe(10);
    const expected = (await call<{ proposals: Proposal[] }>(env.server, 'actionItems:propose', { meetingId })).proposals;
    const leads = new Set(expected.flatMap((p) => p.lead).filter((l) => !/thành viên/.test(l)));
    expect(leads.size).toBe(6);

    // Hover: the decoration covers exactly the proposal's sentence.
    await card(3).hover();
    await expect.poll(highlighted).toBe(expected[3].sourceText);
    await card(7).hover();
    await expect.poll(highlighted).toBe(expected[7].sourceText);
    await page.locator('.source-highlight').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'review-panel-hover');

    // Accept the Sở Văn hóa task, reject the general one, edit the Văn phòng Tỉnh ủy one and accept it.
    expect(expected[7].lead[0]).toMatch(/^Sở Văn hóa/);
    await card(7).getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expect.poll(() => card(7).getAttribute('data-review')).toBe('accepted');
    await card(0).getByRole('button', { name: 'Bỏ', exact: true }).click();
    await expect.poll(() => card(0).getAttribute('data-review')).toBe('rejected');

    // A party the directory does not know can be added from the card; spelling variants of known units
    // ("Thể Thao" for "Thể thao") are recognised and offer no button.
    expect(await card(7).getByTestId('add-unit').count()).toBe(0);
    const unknown = expected[9].lead[0];
    await card(9).getByTestId('add-unit').click();
    await expect.poll(() => card(9).getByTestId('add-unit').count()).toBe(0);
    const units = await call<{ name: string }[]>(env.server, 'units:list', {});
    expect(units.map((u) => u.name)).toContain(unknown);

    expect(expected[8].lead).toEqual(['Văn phòng Tỉnh ủy']);
    await card(8).getByRole('button', { name: 'Sửa rồi chấp nhận' }).click();
    await card(8).getByLabel('Nhiệm vụ', { exact: true }).fill('Hoàn thiện cơ sở vật chất, hậu cần, an ninh phục vụ đại hội');
    const support = card(8).getByLabel('Phối hợp', { exact: true });
    await support.fill('Công an tỉnh');
    await support.press('Enter');
    await card(8).getByLabel('Loại thời hạn').selectOption('date');
    await card(8).getByLabel('Ngày hết hạn').fill('2020-09-30');
    await card(8).getByRole('button', { name: 'Lưu và chấp nhận' }).click();
    await expect.poll(() => card(8).getAttribute('data-review')).toBe('accepted');

    // Reload: the decisions are back without clicking anything.
    await page.reload();
    await expect.poll(() => proposals(page).count()).toBe(10);
    expect(await proposals(page).evaluateAll((cards) => cards.map((c) => c.getAttribute('data-review')))).toEqual([
      'rejected', 'new', 'new', 'new', 'new', 'new', 'new', 'accepted', 'accepted', 'new',
    ]);
    const edited = (await card(8).innerText()).normalize('NFC');
    expect(edited).toContain('Hoàn thiện cơ sở vật chất, hậu cần, an ninh phục vụ đại hội');
    expect(edited).toContain('Công an tỉnh');
    expect(edited).toContain('Ngày cụ thể · 30/09/2020');
    await screenshot(page, 'review-panel');

    // Editing the accepted item's sentence flags it once the proposals re-run after the save.
    await caretAfter(page, 'tổ chức các triển lãm');
    await page.keyboard.type(', hội chợ');
    await waitSaved(page);
    const flagged = page.locator('[data-testid="proposal"].proposal-stale');
    await expect.poll(() => flagged.count(), { timeout: 10_000 }).toBe(1);
    expect((await flagged.innerText()).normalize('NFC')).toMatch(/Câu gốc đã thay đổi[\s\S]*Sở Văn hóa/);
    await flagged.scrollIntoViewIfNeeded();
    await screenshot(page, 'review-panel-changed');
  });
});
