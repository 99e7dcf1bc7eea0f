// The working copy of each meeting's minutes (Tiptap JSON and its plain text), with a revision counter
// so that two windows cannot silently overwrite each other.
import type { RichDoc } from '../../../shared/domain/types';
import type { Db } from '../connection';

type Row = { content: string; plain_text: string; revision: number; updated_at: string };
export type StoredMinutes = { content: RichDoc; plainText: string; revision: number; updatedAt: string };

export function makeMinutesRepo(db: Db) {
  const select = db.prepare<[number], Row>('SELECT content, plain_text, revision, updated_at FROM minutes WHERE meeting_id = ?');
  const insert = db.prepare(
    'INSERT INTO minutes (meeting_id, content, plain_text, revision, updated_at) VALUES (?, ?, ?, 0, ?)',
  );
  const update = db.prepare(
    'UPDATE minutes SET content = ?, plain_text = ?, revision = revision + 1, updated_at = ? WHERE meeting_id = ? AND revision = ?',
  );
  return {
    get(meetingId: number): StoredMinutes | null {
      const r = select.get(meetingId);
      return r ? { content: JSON.parse(r.content), plainText: r.plain_text, revision: r.revision, updatedAt: r.updated_at } : null;
    },
    create(meetingId: number, content: RichDoc, plainText: string, now: string) {
      insert.run(meetingId, JSON.stringify(content), plainText, now);
    },
    /** Writes only if the stored revision is still `baseRevision`; returns the new revision or null. */
    save(meetingId: number, content: RichDoc, plainText: string, baseRevision: number, now: string): number | null {
      const changed = update.run(JSON.stringify(content), plainText, now, meetingId, baseRevision).changes;
      return changed ? baseRevision + 1 : null;
    },
  };
}
export type MinutesRepo = ReturnType<typeof makeMinutesRepo>;
