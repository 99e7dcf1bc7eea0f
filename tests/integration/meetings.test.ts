// The first user flow through the contract on a real database file: create a meeting with attendees,
// autosave the minutes, reopen the file, find everything again; bad input changes nothing.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CONCLUSIONS_HEADING, conclusionsText, splitMinutes } from '../../shared/editor/minutesDoc';
import type { RichDoc } from '../../shared/domain/types';
import { testBackend } from '../backend';
import { sampleMeeting } from '../helpers';

const KET_LUAN = 'Đồng chí Nguyễn Quang Phúc kết luận: Sở Văn hóa, Thể thao và Du lịch sớm hoàn thiện kế hoạch.';

/** The template with one paragraph typed under Kết luận. */
function withConclusion(doc: RichDoc, text: string): RichDoc {
  const blocks = doc.content ?? [];
  const at = blocks.findIndex((b) => b.type === 'heading' && b.content?.[0]?.text === CONCLUSIONS_HEADING);
  return { ...doc, content: [...blocks.slice(0, at + 1), { type: 'paragraph', content: [{ type: 'text', text }] }] };
}

const counts = (file: string) => {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT (SELECT count(*) FROM meetings) m, (SELECT count(*) FROM attendees) a, (SELECT group_concat(revision) FROM minutes) r').get();
  db.close();
  return row;
};

describe('meetings through the contract', () => {
  it('creates a meeting with the official minutes template and finds it again after reopening the file', async () => {
    const first = testBackend();
    const meeting = await first.call('meetings:create', sampleMeeting());
    const minutes = await first.call('minutes:get', { meetingId: meeting.id });
    const texts = JSON.stringify(minutes.content);
    for (const field of ['Thời gian bắt đầu', 'Địa điểm', 'Thành phần tham dự', 'Vắng mặt', 'Chủ trì', 'Thư ký', 'Nội dung', 'Kết luận']) expect(texts).toContain(field);
    expect(texts).toContain('Phạm Thị Đào, Trưởng phòng, Sở Văn hóa, Thể thao và Du lịch (lý do: đi công tác)');
    expect(texts).toContain('Đỗ Đức Anh, Phó Tổng Biên tập, Báo Hải Dương (thay đồng chí Tổng Biên tập)');
    expect(texts.indexOf('Vắng mặt')).toBeGreaterThan(texts.indexOf('Đỗ Đức Anh'));

    const saved = await first.call('minutes:save', { meetingId: meeting.id, content: withConclusion(minutes.content, KET_LUAN), baseRevision: minutes.revision });
    expect(saved.revision).toBe(1);
    first.close();

    const second = testBackend(first.file);
    const [found] = await second.call('meetings:list', { query: 'trien khai nhiem vu' });
    expect(found.id).toBe(meeting.id);
    expect(await second.call('meetings:get', { id: meeting.id })).toMatchObject({ attendees: sampleMeeting().attendees });
    const reopened = await second.call('minutes:get', { meetingId: meeting.id });
    expect(conclusionsText(reopened.content)).toBe(KET_LUAN);
    expect(splitMinutes(reopened.content).proceedings.content).toEqual([{ type: 'paragraph' }]);
  });

  it('stores decomposed (NFD) input as NFC', async () => {
    const backend = testBackend();
    const meeting = await backend.call('meetings:create', sampleMeeting({ title: 'Họp Sở Văn hóa'.normalize('NFD') }));
    expect(meeting.title).toBe('Họp Sở Văn hóa'.normalize('NFC'));
    const minutes = await backend.call('minutes:get', { meetingId: meeting.id });
    await backend.call('minutes:save', { meetingId: meeting.id, content: withConclusion(minutes.content, KET_LUAN.normalize('NFD')), baseRevision: 0 });
    expect(conclusionsText((await backend.call('minutes:get', { meetingId: meeting.id })).content)).toBe(KET_LUAN);
  });

  it('refuses a save based on an old revision (another window wrote since) without losing the newer text', async () => {
    const backend = testBackend();
    const meeting = await backend.call('meetings:create', sampleMeeting());
    const minutes = await backend.call('minutes:get', { meetingId: meeting.id });
    await backend.call('minutes:save', { meetingId: meeting.id, content: withConclusion(minutes.content, 'Bản mới'), baseRevision: 0 });
    const stale = await backend.dispatch('minutes:save', { meetingId: meeting.id, content: withConclusion(minutes.content, 'Bản cũ'), baseRevision: 0 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(conclusionsText((await backend.call('minutes:get', { meetingId: meeting.id })).content)).toBe('Bản mới');
  });

  it('answers wrong types, unknown channels and unknown ids with envelopes and changes nothing', async () => {
    const backend = testBackend();
    const meeting = await backend.call('meetings:create', sampleMeeting());
    const before = counts(backend.file);
    const bad = [
      await backend.dispatch('meetings:create', { ...sampleMeeting(), attendees: 'ba người' }),
      await backend.dispatch('meetings:create', { ...sampleMeeting(), title: '' }),
      await backend.dispatch('meetings:update', { id: meeting.id, meeting: { ...sampleMeeting(), start: '2020-02-30T08:00' } }),
      await backend.dispatch('minutes:save', { meetingId: meeting.id, content: { type: 'paragraph' }, baseRevision: 0 }),
      await backend.dispatch('meetings:drop', {}),
      await backend.dispatch('meetings:get', { id: 4242 }),
      await backend.dispatch('meetings:update', { id: 4242, meeting: sampleMeeting() }),
      await backend.dispatch('minutes:save', { meetingId: 4242, content: { type: 'doc', content: [] }, baseRevision: 0 }),
      await backend.dispatch('meetings:delete', { id: 4242 }),
    ];
    expect(bad.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'VALIDATION', 'VALIDATION', 'VALIDATION', 'VALIDATION', 'UNKNOWN_CHANNEL', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND',
    ]);
    for (const r of bad) if (!r.ok) expect(r.error.message).toMatch(/[À-ỹ]/); // every message has Vietnamese
    expect(counts(backend.file)).toEqual(before);
  });

  it('adds typed units and people to the directory for the next meeting', async () => {
    const backend = testBackend();
    await backend.call('meetings:create', sampleMeeting());
    const units = (await backend.call('units:list', {})).map((u) => u.name);
    expect(units).toEqual(expect.arrayContaining(['Sở Thông tin và Truyền thông', 'Sở Văn hóa, Thể thao và Du lịch', 'Báo Hải Dương']));
    const people = await backend.call('people:list', {});
    expect(people).toContainEqual(expect.objectContaining({ name: 'Lê Văn Minh', title: 'Phó Giám đốc', unit: 'Sở Thông tin và Truyền thông' }));
  });

  it('records every change in the audit log', async () => {
    const backend = testBackend();
    const meeting = await backend.call('meetings:create', sampleMeeting());
    await backend.call('meetings:update', { id: meeting.id, meeting: sampleMeeting({ location: 'Hội trường A' }) });
    expect(backend.context.repos.audit.forEntity('meeting', meeting.id).map((e) => e.action)).toEqual(['meeting.create', 'meeting.update']);
  });
});

describe('a full disk', () => {
  it('answers IO in both languages and keeps what was saved before', async () => {
    const backend = testBackend();
    const meeting = await backend.call('meetings:create', sampleMeeting());
    const minutes = await backend.call('minutes:get', { meetingId: meeting.id });
    await backend.call('minutes:save', { meetingId: meeting.id, content: withConclusion(minutes.content, KET_LUAN), baseRevision: 0 });
    // SQLite's own "database or disk is full": the file may not grow past its current pages.
    const pages = backend.db.pragma('page_count', { simple: true }) as number;
    backend.db.pragma(`max_page_count = ${pages}`);
    const huge = withConclusion(minutes.content, 'Kết luận rất dài. '.repeat(200_000));
    const result = await backend.dispatch('minutes:save', { meetingId: meeting.id, content: huge, baseRevision: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO', message: expect.stringMatching(/Ổ đĩa đã đầy.*disk is full/) } });
    const kept = await backend.call('minutes:get', { meetingId: meeting.id });
    expect(kept.revision).toBe(1);
    expect(conclusionsText(kept.content)).toBe(KET_LUAN);
  });
});

describe('a runaway paste', () => {
  it('is refused as TOO_LARGE and the saved minutes stay as they were', async () => {
    const backend = testBackend();
    const meeting = await backend.call('meetings:create', sampleMeeting());
    const minutes = await backend.call('minutes:get', { meetingId: meeting.id });
    await backend.call('minutes:save', { meetingId: meeting.id, content: withConclusion(minutes.content, KET_LUAN), baseRevision: 0 });
    const pasted = withConclusion(minutes.content, 'Nội dung dán từ Word. '.repeat(300_000));
    const result = await backend.dispatch('minutes:save', { meetingId: meeting.id, content: pasted, baseRevision: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: expect.stringMatching(/quá lớn.*too large/) } });
    const kept = await backend.call('minutes:get', { meetingId: meeting.id });
    expect([kept.revision, conclusionsText(kept.content)]).toEqual([1, KET_LUAN]);
  });
});
