// Proposals joined with the secretary's decisions, on a real database: accepted items are stored with both
// roles and a link to their sentence, rejected ones are not proposed again, and an accepted item whose
// sentence changed is flagged.
import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../shared/domain/types';
import { minutesFromParagraphs } from '../../shared/editor/minutesDoc';
import type { Proposal } from '../../shared/ipc/contract';
import { testBackend, type TestBackend } from '../backend';
import { sampleMeeting } from '../helpers';

const CONCLUSIONS = [
  'Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư rà soát nguồn vốn, báo cáo UBND tỉnh trước ngày 15/7/2020.',
  'Sở Y tế khẩn trương hoàn thiện phương án phòng chống dịch.',
  'Đề nghị Công an tỉnh tăng cường bảo đảm an ninh trật tự.',
];

async function meetingWith(backend: TestBackend, conclusions: string[]) {
  const input = sampleMeeting();
  const meeting = await backend.call('meetings:create', input);
  await save(backend, meeting.id, minutesFromParagraphs(input, ['Các đại biểu thảo luận.'], conclusions));
  return meeting.id;
}
async function save(backend: TestBackend, meetingId: number, content: RichDoc) {
  const { revision } = await backend.call('minutes:get', { meetingId });
  await backend.call('minutes:save', { meetingId, content, baseRevision: revision });
}
const decide = (backend: TestBackend, meetingId: number, p: Proposal, review: 'accepted' | 'rejected', edit: Partial<Proposal> = {}) =>
  backend.call('actionItems:review', {
    meetingId,
    review,
    item: { lead: edit.lead ?? p.lead, support: edit.support ?? p.support, task: edit.task ?? p.task, deadline: edit.deadline ?? p.deadline },
    span: p.span,
    sourceText: p.sourceText,
  });

describe('action items through the contract', () => {
  it('proposes items from the Kết luận section only, with spans into its text', async () => {
    const backend = testBackend();
    const meetingId = await meetingWith(backend, CONCLUSIONS);
    const { proposals, conclusionsText } = await backend.call('actionItems:propose', { meetingId });
    expect(conclusionsText).toBe(CONCLUSIONS.join('\n'));
    expect(proposals.map((p) => p.lead)).toEqual([['Sở Tài chính'], ['Sở Y tế'], ['Công an tỉnh']]);
    expect(proposals[0]).toMatchObject({ support: ['Sở Kế hoạch và Đầu tư'], deadline: { kind: 'date', iso: '2020-07-15' }, review: 'new', actionItemId: null });
    expect(proposals[1].deadline.kind).toBe('asap');
    for (const p of proposals) expect(conclusionsText.slice(p.span.start, p.span.end)).toBe(p.sourceText);
  });

  it('keeps accept and reject decisions (with edits) across re-runs and flags an accepted item whose sentence changed', async () => {
    const backend = testBackend();
    const meetingId = await meetingWith(backend, CONCLUSIONS);
    const { proposals } = await backend.call('actionItems:propose', { meetingId });
    const accepted = await decide(backend, meetingId, proposals[0], 'accepted', { task: 'rà soát nguồn vốn đầu tư công' });
    await decide(backend, meetingId, proposals[2], 'rejected');
    expect(accepted).toMatchObject({ lead: ['Sở Tài chính'], support: ['Sở Kế hoạch và Đầu tư'], review: 'accepted', stale: false });

    const again = await backend.call('actionItems:propose', { meetingId });
    expect(again.proposals.map((p) => p.review)).toEqual(['accepted', 'new', 'rejected']);
    expect(again.proposals[0].task).toBe('rà soát nguồn vốn đầu tư công');

    // The Sở Tài chính sentence is rewritten: the accepted item is kept but flagged.
    await save(backend, meetingId, minutesFromParagraphs(sampleMeeting(), [], ['Giao Sở Tài chính báo cáo UBND tỉnh trong tháng 8/2020.', ...CONCLUSIONS.slice(1)]));
    const changed = await backend.call('actionItems:propose', { meetingId });
    expect(changed.orphans).toEqual([expect.objectContaining({ id: accepted.id, stale: true })]);
    expect((await backend.call('actionItems:list', { meetingId })).find((i) => i.id === accepted.id)?.stale).toBe(true);
    expect(changed.proposals[0]).toMatchObject({ review: 'new', deadline: { kind: 'period', iso: '2020-08-31' } });
  });

  it('stores lead and support as separate roles, linked to the units directory where the name is known', async () => {
    const backend = testBackend();
    await backend.call('units:create', { name: 'Sở Tài chính', shortName: 'STC', aliases: [] });
    const meetingId = await meetingWith(backend, CONCLUSIONS);
    const { proposals } = await backend.call('actionItems:propose', { meetingId });
    await decide(backend, meetingId, proposals[0], 'accepted');
    const roles = backend.db.prepare('SELECT role, name, unit_id IS NOT NULL linked FROM action_item_parties ORDER BY role').all();
    expect(roles).toEqual([{ role: 'lead', name: 'Sở Tài chính', linked: 1 }, { role: 'support', name: 'Sở Kế hoạch và Đầu tư', linked: 0 }]);
  });

  it('edits and removes an accepted item, and reports unknown ids', async () => {
    const backend = testBackend();
    const meetingId = await meetingWith(backend, CONCLUSIONS);
    const { proposals } = await backend.call('actionItems:propose', { meetingId });
    const item = await decide(backend, meetingId, proposals[1], 'accepted');
    const edited = await backend.call('actionItems:update', { id: item.id, item: { ...proposals[1], deadline: { text: '30/9/2020', kind: 'date', iso: '2020-09-30' } } });
    expect(edited.deadline.iso).toBe('2020-09-30');
    await backend.call('actionItems:delete', { id: item.id });
    expect(await backend.call('actionItems:list', { meetingId })).toEqual([]);
    expect(await backend.dispatch('actionItems:delete', { id: item.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
