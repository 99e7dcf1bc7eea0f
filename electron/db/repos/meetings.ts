// Meetings with their attendees and agenda. A meeting is written whole (header, attendees, agenda) in
// one transaction so a crash never leaves half an attendance list.
import type { Attendee, Meeting, MeetingInput, MeetingSummary } from '../../../shared/domain/types';
import { foldForSearch } from '../../../shared/text/vietnamese';
import type { Db } from '../connection';

type MeetingRow = {
  id: number;
  title: string;
  kind: string;
  start_at: string;
  end_at: string | null;
  location: string;
  chair: string;
  secretary: string;
  recipients: string;
  status: 'draft' | 'signed';
  created_at: string;
  updated_at: string;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function makeMeetingsRepo(db: Db) {
  const list = db.prepare<[string], MeetingRow>(
    `SELECT * FROM meetings WHERE title_key LIKE ? ESCAPE '\\' ORDER BY start_at DESC, id DESC LIMIT 1000`,
  );
  const byId = db.prepare<[number], MeetingRow>('SELECT * FROM meetings WHERE id = ?');
  const attendeesOf = db.prepare<[number], Attendee>(
    'SELECT name, title, unit, presence, note FROM attendees WHERE meeting_id = ? ORDER BY position',
  );
  const agendaOf = db.prepare<[number], { text: string }>('SELECT text FROM agenda_items WHERE meeting_id = ? ORDER BY position');
  const insert = db.prepare(
    `INSERT INTO meetings (title, title_key, kind, start_at, end_at, location, chair, secretary, recipients, created_at, updated_at)
     VALUES (@title, @titleKey, @kind, @start, @end, @location, @chair, @secretary, @recipients, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE meetings SET title = @title, title_key = @titleKey, kind = @kind, start_at = @start, end_at = @end,
       location = @location, chair = @chair, secretary = @secretary, recipients = @recipients, updated_at = @now WHERE id = @id`,
  );
  const setStatus = db.prepare('UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM meetings WHERE id = ?');
  const clearAttendees = db.prepare('DELETE FROM attendees WHERE meeting_id = ?');
  const clearAgenda = db.prepare('DELETE FROM agenda_items WHERE meeting_id = ?');
  const insertAttendee = db.prepare(
    `INSERT INTO attendees (meeting_id, position, name, title, unit, presence, note, unit_id, person_id)
     VALUES (@meetingId, @position, @name, @title, @unit, @presence, @note,
       (SELECT id FROM units WHERE name_key = @unitKey),
       (SELECT id FROM people WHERE name = @name AND title = @title AND unit = @unit))`,
  );
  const insertAgenda = db.prepare('INSERT INTO agenda_items (meeting_id, position, text) VALUES (?, ?, ?)');

  const params = (m: MeetingInput, now: string) => ({
    title: m.title,
    titleKey: foldForSearch(m.title),
    kind: m.kind,
    start: m.start,
    end: m.end,
    location: m.location,
    chair: JSON.stringify(m.chair),
    secretary: JSON.stringify(m.secretary),
    recipients: JSON.stringify(m.recipients),
    now,
  });

  const writeChildren = (meetingId: number, m: MeetingInput) => {
    clearAttendees.run(meetingId);
    clearAgenda.run(meetingId);
    m.attendees.forEach((a, position) => insertAttendee.run({ meetingId, position, ...a, unitKey: foldForSearch(a.unit) }));
    m.agenda.forEach((text, position) => insertAgenda.run(meetingId, position, text));
  };

  const toSummary = (r: MeetingRow): MeetingSummary => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    start: r.start_at,
    location: r.location,
    status: r.status,
    updatedAt: r.updated_at,
  });

  return {
    /** Newest first; the query matches anywhere in the title, ignoring case and diacritics. */
    list: (query = ''): MeetingSummary[] => list.all(`%${escapeLike(foldForSearch(query))}%`).map(toSummary),
    get(id: number): Meeting | null {
      const r = byId.get(id);
      if (!r) return null;
      return {
        ...toSummary(r),
        end: r.end_at,
        chair: JSON.parse(r.chair),
        secretary: JSON.parse(r.secretary),
        recipients: JSON.parse(r.recipients),
        attendees: attendeesOf.all(id),
        agenda: agendaOf.all(id).map((a) => a.text),
        createdAt: r.created_at,
      };
    },
    create(m: MeetingInput, now: string): number {
      const id = Number(insert.run(params(m, now)).lastInsertRowid);
      writeChildren(id, m);
      return id;
    },
    /** Returns false when there is no such meeting. */
    update(id: number, m: MeetingInput, now: string): boolean {
      if (update.run({ ...params(m, now), id }).changes === 0) return false;
      writeChildren(id, m);
      return true;
    },
    setStatus: (id: number, status: 'draft' | 'signed', now: string) => setStatus.run(status, now, id).changes > 0,
    remove: (id: number) => remove.run(id).changes > 0,
  };
}
export type MeetingsRepo = ReturnType<typeof makeMeetingsRepo>;
