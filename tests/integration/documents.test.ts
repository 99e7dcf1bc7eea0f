// Meeting files and official documents through the contract on a real database: the seed file imports as is,
// invalid files store nothing, export-meeting round-trips, and the number register issues, keeps and resets
// numbers per regime.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../backend';
import { tempDir } from '../helpers';

/** A meeting file as loose JSON, for spoiling one field at a time. */
type MeetingFileJson = { meeting: Record<string, unknown> & { attendees: Record<string, unknown>[] }; organization: Record<string, unknown> };

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');
const seed = fixture('seed-meeting.json');
const stateMeeting = fixture('state-meeting.json');

const tableCounts = (file: string) => {
  const db = new Database(file, { readonly: true });
  const counts = ['meetings', 'attendees', 'minutes', 'action_items', 'organization'].map((t) => (db.prepare(`SELECT count(*) n FROM ${t}`).get() as { n: number }).n);
  db.close();
  return counts;
};

async function documentXml(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

describe('meeting files', () => {
  it('imports the founding example as is, sets up an empty organisation profile and links items to their sentences', async () => {
    const backend = testBackend();
    const { meetingId } = await backend.call('meetings:import', { content: seed });
    expect(await backend.call('organization:get', {})).toMatchObject({ regime: 'party', symbol: 'TBTT', place: 'Hải Dương' });
    const meeting = await backend.call('meetings:get', { id: meetingId });
    expect(meeting.attendees).toHaveLength(6);
    const units = (await backend.call('units:list', {})).map((u) => u.name);
    expect(units).toEqual(expect.arrayContaining(meeting.attendees.map((a) => a.unit)));
    const items = await backend.call('actionItems:list', { meetingId });
    expect(items).toHaveLength(10);
    expect(items.every((i) => i.review === 'accepted' && !i.stale)).toBe(true);
    const linked = items.find((i) => i.task.startsWith('sớm hoàn thiện kế hoạch'))!;
    expect(linked.sourceText).toMatch(/^Sở Văn hóa, Thể Thao và Du lịch sớm hoàn thiện/);
  });

  it('round-trips through export-meeting: the exported file imports to the same meeting', async () => {
    const backend = testBackend();
    const { meetingId } = await backend.call('meetings:import', { content: seed });
    const exported = await backend.call('meetings:exportFile', { id: meetingId });
    const original = JSON.parse(seed);
    const again = JSON.parse(exported.content);
    expect(again.meeting).toEqual(original.meeting);
    expect(again.actionItems).toEqual(original.actionItems);
    const { meetingId: second } = await backend.call('meetings:import', { content: exported.content });
    expect(await backend.call('meetings:get', { id: second })).toMatchObject({ title: original.meeting.title, attendees: original.meeting.attendees.map((a: object) => ({ note: '', ...a })) });
  });

  it.each([
    ['a missing field', (f: MeetingFileJson) => delete f.meeting.title, 'meeting.title'],
    ['a wrong type', (f: MeetingFileJson) => (f.meeting.attendees[2].presence = 42), 'meeting.attendees[2].presence'],
    ['a bad date', (f: MeetingFileJson) => (f.meeting.start = '2020-13-11T08:00'), 'meeting.start'],
    ['an unknown regime', (f: MeetingFileJson) => (f.organization.regime = 'company'), 'organization.regime'],
    ['an unknown field', (f: MeetingFileJson) => (f.meeting.weather = 'nắng'), 'meeting'],
  ])('refuses a file with %s, naming the path, and stores nothing', async (_label, spoil, where) => {
    const backend = testBackend();
    const file = JSON.parse(seed);
    spoil(file);
    const before = tableCounts(backend.file);
    const result = await backend.dispatch('meetings:import', { content: JSON.stringify(file) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.message).toContain(where);
    expect(tableCounts(backend.file)).toEqual(before);
  });

  it('refuses 50 MB of text with a clear message and stores nothing', async () => {
    const backend = testBackend();
    const file = JSON.parse(seed);
    file.meeting.minutes = [Array.from({ length: 50 * 1024 }, () => 'x'.repeat(1023)).join(' ')];
    const result = await backend.dispatch('meetings:import', { content: JSON.stringify(file) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/quá lớn.*too large/) } });
    expect(tableCounts(backend.file)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('document numbers', () => {
  it('numbers Party notices through the term, keeps a number on re-export, and gives drafts none', async () => {
    const backend = testBackend();
    const { meetingId } = await backend.call('meetings:import', { content: seed });
    const first = await backend.call('documents:export', { meetingId, kind: 'notice', draft: false });
    expect(first.number).toBe('01-TB/TBTT');
    expect(fs.existsSync(first.path!)).toBe(true);
    const again = await backend.call('documents:export', { meetingId, kind: 'notice', draft: false });
    expect(again.number).toBe('01-TB/TBTT');
    const draft = await backend.call('documents:export', { meetingId, kind: 'minutes', draft: true });
    expect(draft.number).toBeNull();
    const minutes = await backend.call('documents:export', { meetingId, kind: 'minutes', draft: false });
    expect(minutes.number).toBe('01-BB/TBTT');
    const { meetingId: other } = await backend.call('meetings:import', { content: seed });
    expect((await backend.call('documents:export', { meetingId: other, kind: 'notice', draft: false })).number).toBe('02-TB/TBTT');
    const register = backend.context.repos.documentNumbers.list();
    expect(register.map((r) => [r.docType, r.number, r.meetingId])).toEqual([['notice', 1, meetingId], ['minutes', 1, meetingId], ['notice', 2, other]]);
    expect(register.every((r) => /^[0-9a-f]{64}$/.test(r.fileHash ?? ''))).toBe(true);
    expect(await documentXml(draft.path!)).toMatch(/DỰ THẢO/);
  });

  it('restarts state numbers each calendar year and prints the state form', async () => {
    const file = path.join(tempDir(), 'state.sqlite');
    const in2024 = testBackend(file, () => new Date('2024-12-30T09:00:00Z'));
    const { meetingId: a } = await in2024.call('meetings:import', { content: stateMeeting });
    const { meetingId: b } = await in2024.call('meetings:import', { content: stateMeeting });
    expect((await in2024.call('documents:export', { meetingId: a, kind: 'notice', draft: false })).number).toBe('01/TB-STTTT');
    expect((await in2024.call('documents:export', { meetingId: b, kind: 'notice', draft: false })).number).toBe('02/TB-STTTT');
    in2024.close();
    const in2025 = testBackend(file, () => new Date('2025-01-02T09:00:00Z'));
    const { meetingId: c } = await in2025.call('meetings:import', { content: stateMeeting });
    expect((await in2025.call('documents:export', { meetingId: c, kind: 'notice', draft: false })).number).toBe('01/TB-STTTT');
    expect((await in2025.call('documents:export', { meetingId: a, kind: 'notice', draft: false })).number).toBe('01/TB-STTTT');
  });

  it('exports in the other regime on request and opens only files it wrote', async () => {
    const backend = testBackend();
    const { meetingId } = await backend.call('meetings:import', { content: seed });
    const state = await backend.call('documents:export', { meetingId, kind: 'notice', regime: 'state', draft: true });
    const xml = await documentXml(state.path!);
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).not.toContain('K/T');
    await backend.call('documents:open', { path: state.path! });
    expect(backend.opened).toEqual([state.path]);
    expect(await backend.dispatch('documents:open', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('previews what an export would print without issuing a number', async () => {
    const backend = testBackend();
    const { meetingId } = await backend.call('meetings:import', { content: seed });
    const draft = await backend.call('documents:preview', { meetingId, kind: 'notice', draft: true });
    expect(draft).toMatchObject({ issuedNumber: null, model: { draft: true } });
    expect(draft.model.numberText).not.toMatch(/\d/);
    const official = await backend.call('documents:preview', { meetingId, kind: 'notice', draft: false });
    expect(official).toMatchObject({ issuedNumber: null, model: { draft: false, numberText: 'Số 01-TB/TBTT' } });
    expect(backend.context.repos.documentNumbers.list()).toEqual([]);
    await backend.call('documents:export', { meetingId, kind: 'notice', draft: false });
    expect(await backend.call('documents:preview', { meetingId, kind: 'notice', draft: false })).toMatchObject({ issuedNumber: '01-TB/TBTT' });
  });
});
