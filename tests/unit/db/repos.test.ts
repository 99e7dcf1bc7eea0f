// Repositories on a real SQLite file: meetings with attendees and agenda, search folding diacritics and đ,
// minutes revisions, the directory, the organisation profile and reviewed action items.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { makeActionItemsRepo } from '../../../electron/db/repos/actionItems';
import { makeDirectoryRepo } from '../../../electron/db/repos/directory';
import { makeMeetingsRepo } from '../../../electron/db/repos/meetings';
import { makeMinutesRepo } from '../../../electron/db/repos/minutes';
import { makeOrganizationRepo } from '../../../electron/db/repos/organization';
import { sampleMeeting, tempDir } from '../../helpers';

const NOW = '2020-06-11T09:00:00.000Z';
const freshDb = () => openDatabase(path.join(tempDir(), 'repos.sqlite'));

describe('meetings repository', () => {
  it('stores a meeting whole and reads it back, attendees and agenda in order', () => {
    const db = freshDb();
    const repo = makeMeetingsRepo(db);
    const input = sampleMeeting();
    const id = repo.create(input, NOW);
    const stored = repo.get(id)!;
    expect(stored).toMatchObject({ ...input, id, status: 'draft', createdAt: NOW, updatedAt: NOW });
    expect(repo.get(id + 1)).toBeNull();
    db.close();
  });

  it('lists newest first and filters by title ignoring case, diacritics and đ', () => {
    const db = freshDb();
    const repo = makeMeetingsRepo(db);
    repo.create(sampleMeeting({ title: 'Họp giao ban tháng 5', start: '2020-05-04T08:00' }), NOW);
    repo.create(sampleMeeting({ title: 'Hội nghị Đảng bộ', start: '2020-07-01T08:00' }), NOW);
    repo.create(sampleMeeting({ title: 'Họp giao ban tháng 6', start: '2020-06-01T08:00' }), NOW);
    expect(repo.list().map((m) => m.title)).toEqual(['Hội nghị Đảng bộ', 'Họp giao ban tháng 6', 'Họp giao ban tháng 5']);
    expect(repo.list('GIAO BAN').map((m) => m.title)).toEqual(['Họp giao ban tháng 6', 'Họp giao ban tháng 5']);
    expect(repo.list('dang bo').map((m) => m.title)).toEqual(['Hội nghị Đảng bộ']);
    expect(repo.list('hội nghị đảng').map((m) => m.title)).toEqual(['Hội nghị Đảng bộ']);
    expect(repo.list('100%_')).toEqual([]);
    db.close();
  });

  it('replaces attendees and agenda on update, and reports a missing meeting', () => {
    const db = freshDb();
    const repo = makeMeetingsRepo(db);
    const id = repo.create(sampleMeeting(), NOW);
    const changed = sampleMeeting({ attendees: [sampleMeeting().attendees[2]], agenda: ['Một nội dung'] });
    expect(repo.update(id, changed, '2020-06-12T00:00:00.000Z')).toBe(true);
    expect(repo.get(id)).toMatchObject({ attendees: changed.attendees, agenda: ['Một nội dung'], updatedAt: '2020-06-12T00:00:00.000Z' });
    expect(repo.update(999, changed, NOW)).toBe(false);
    db.close();
  });
});

describe('minutes repository', () => {
  it('saves only on top of the revision it was based on', () => {
    const db = freshDb();
    const id = makeMeetingsRepo(db).create(sampleMeeting(), NOW);
    const repo = makeMinutesRepo(db);
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kết luận' }] }] };
    repo.create(id, doc, 'Kết luận', NOW);
    expect(repo.save(id, doc, 'a', 0, NOW)).toBe(1);
    expect(repo.save(id, doc, 'stale', 0, NOW)).toBeNull();
    expect(repo.get(id)).toMatchObject({ plainText: 'a', revision: 1, content: doc });
    db.close();
  });
});

describe('directory repository', () => {
  it('keeps one unit per folded name and links people to units', () => {
    const db = freshDb();
    const repo = makeDirectoryRepo(db);
    const first = repo.ensureUnit({ name: 'Sở Y tế', shortName: 'SYT', aliases: ['Sở Y Tế tỉnh'] }, NOW);
    expect(repo.ensureUnit({ name: 'sở y tế', shortName: '', aliases: [] }, NOW)).toEqual(first);
    expect(repo.findUnit('SO Y TE')).toEqual(first);
    const person = repo.ensurePerson({ name: 'Lê Văn Minh', title: 'Giám đốc', unit: 'Sở Tài chính' }, NOW);
    expect(repo.ensurePerson({ name: 'Lê Văn Minh', title: 'Giám đốc', unit: 'Sở Tài chính' }, NOW)).toEqual(person);
    expect(repo.listUnits().map((u) => u.name)).toEqual(['Sở Tài chính', 'Sở Y tế']);
    db.close();
  });
});

describe('organization repository', () => {
  it('returns defaults before the first save and the saved profile after', () => {
    const db = freshDb();
    const repo = makeOrganizationRepo(db);
    expect(repo.get()).toMatchObject({ regime: 'state', name: '' });
    const party = { regime: 'party' as const, parent: 'TỈNH ỦY HẢI DƯƠNG', name: 'BAN TUYÊN GIÁO', symbol: 'BTG', place: 'Hải Dương', termStart: '2020-10-15' };
    expect(repo.save(party, NOW)).toEqual(party);
    db.close();
  });
});

describe('action items repository', () => {
  it('stores lead and support parties as separate roles, in order, linked to directory units', () => {
    const db = freshDb();
    const meetingId = makeMeetingsRepo(db).create(sampleMeeting(), NOW);
    makeDirectoryRepo(db).ensureUnit({ name: 'Báo Hải Dương', shortName: '', aliases: [] }, NOW);
    const repo = makeActionItemsRepo(db);
    const item = {
      lead: ['Báo Hải Dương', 'Đài Phát thanh - Truyền hình tỉnh'],
      support: ['Sở Thông tin và Truyền thông'],
      task: 'xây dựng chuyên mục tuyên truyền',
      deadline: { text: 'trong quý III/2020', kind: 'period' as const, iso: '2020-09-30' },
    };
    const id = repo.insert({ meetingId, review: 'accepted', item, span: { start: 10, end: 60 }, sourceText: 'câu gốc' }, NOW);
    expect(repo.get(id)).toMatchObject({ ...item, id, meetingId, review: 'accepted', span: { start: 10, end: 60 }, sourceText: 'câu gốc' });
    const linked = db.prepare("SELECT name, unit_id FROM action_item_parties WHERE role = 'lead' ORDER BY position").all();
    expect(linked).toEqual([{ name: 'Báo Hải Dương', unit_id: 1 }, { name: 'Đài Phát thanh - Truyền hình tỉnh', unit_id: null }]);
    expect(repo.update(id, { ...item, lead: ['Sở Y tế'], deadline: { text: null, kind: 'none', iso: null } }, NOW)).toBe(true);
    expect(repo.listForMeeting(meetingId)).toMatchObject([{ lead: ['Sở Y tế'], support: ['Sở Thông tin và Truyền thông'] }]);
    expect(db.prepare('SELECT original_date FROM action_items WHERE id = ?').get(id)).toEqual({ original_date: '2020-09-30' });
    db.close();
  });
});
