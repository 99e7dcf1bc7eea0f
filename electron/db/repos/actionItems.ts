// Reviewed action items (accepted and rejected) with their lead and supporting parties as separate rows.
import type { ActionItemDraft, DeadlineKind, SourceSpan } from '../../../shared/domain/types';
import type { ActionItem, ReviewState } from '../../../shared/ipc/contract';
import { foldForSearch } from '../../../shared/text/vietnamese';
import type { Db } from '../connection';

type Row = {
  id: number;
  meeting_id: number;
  review: ReviewState;
  task: string;
  deadline_kind: DeadlineKind;
  deadline_text: string | null;
  deadline_date: string | null;
  source_start: number | null;
  source_end: number | null;
  source_text: string | null;
  created_at: string;
  updated_at: string;
};
type PartyRow = { action_item_id: number; role: 'lead' | 'support'; name: string };

export type ReviewRecord = { meetingId: number; review: ReviewState; item: ActionItemDraft; span: SourceSpan | null; sourceText: string | null };

export function makeActionItemsRepo(db: Db) {
  const byMeeting = db.prepare<[number], Row>('SELECT * FROM action_items WHERE meeting_id = ? ORDER BY COALESCE(source_start, 1e9), id');
  const byId = db.prepare<[number], Row>('SELECT * FROM action_items WHERE id = ?');
  const partiesOfMeeting = db.prepare<[number], PartyRow>(
    `SELECT p.action_item_id, p.role, p.name FROM action_item_parties p JOIN action_items a ON a.id = p.action_item_id
     WHERE a.meeting_id = ? ORDER BY p.action_item_id, p.role, p.position`,
  );
  const partiesOf = db.prepare<[number], PartyRow>(
    'SELECT action_item_id, role, name FROM action_item_parties WHERE action_item_id = ? ORDER BY role, position',
  );
  const insert = db.prepare(
    `INSERT INTO action_items (meeting_id, review, task, deadline_kind, deadline_text, deadline_date, original_date,
       source_start, source_end, source_text, created_at, updated_at)
     VALUES (@meetingId, @review, @task, @kind, @text, @iso, @iso, @start, @end, @sourceText, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE action_items SET task = @task, deadline_kind = @kind, deadline_text = @text, deadline_date = @iso,
       original_date = CASE WHEN original_date IS NULL THEN @iso ELSE original_date END, updated_at = @now WHERE id = @id`,
  );
  const clearParties = db.prepare('DELETE FROM action_item_parties WHERE action_item_id = ?');
  const insertParty = db.prepare(
    `INSERT INTO action_item_parties (action_item_id, role, position, name, unit_id)
     VALUES (?, ?, ?, ?, (SELECT id FROM units WHERE name_key = ?))`,
  );
  const remove = db.prepare('DELETE FROM action_items WHERE id = ?');

  const writeParties = (id: number, item: ActionItemDraft) => {
    clearParties.run(id);
    item.lead.forEach((name, i) => insertParty.run(id, 'lead', i, name, foldForSearch(name)));
    item.support.forEach((name, i) => insertParty.run(id, 'support', i, name, foldForSearch(name)));
  };

  const toItem = (r: Row, parties: PartyRow[]): Omit<ActionItem, 'stale'> => ({
    id: r.id,
    meetingId: r.meeting_id,
    review: r.review,
    lead: parties.filter((p) => p.role === 'lead').map((p) => p.name),
    support: parties.filter((p) => p.role === 'support').map((p) => p.name),
    task: r.task,
    deadline: { kind: r.deadline_kind, text: r.deadline_text, iso: r.deadline_date },
    span: r.source_start === null || r.source_end === null ? null : { start: r.source_start, end: r.source_end },
    sourceText: r.source_text,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  return {
    listForMeeting(meetingId: number): Omit<ActionItem, 'stale'>[] {
      const parties = new Map<number, PartyRow[]>();
      for (const p of partiesOfMeeting.all(meetingId)) parties.set(p.action_item_id, [...(parties.get(p.action_item_id) ?? []), p]);
      return byMeeting.all(meetingId).map((r) => toItem(r, parties.get(r.id) ?? []));
    },
    get(id: number): Omit<ActionItem, 'stale'> | null {
      const r = byId.get(id);
      return r ? toItem(r, partiesOf.all(id)) : null;
    },
    insert(rec: ReviewRecord, now: string): number {
      const { item } = rec;
      const id = Number(
        insert.run({
          meetingId: rec.meetingId,
          review: rec.review,
          task: item.task,
          kind: item.deadline.kind,
          text: item.deadline.text,
          iso: item.deadline.iso,
          start: rec.span?.start ?? null,
          end: rec.span?.end ?? null,
          sourceText: rec.sourceText,
          now,
        }).lastInsertRowid,
      );
      writeParties(id, item);
      return id;
    },
    update(id: number, item: ActionItemDraft, now: string): boolean {
      const changed = update.run({ id, task: item.task, kind: item.deadline.kind, text: item.deadline.text, iso: item.deadline.iso, now }).changes;
      if (changed) writeParties(id, item);
      return changed > 0;
    },
    remove: (id: number) => remove.run(id).changes > 0,
  };
}
export type ActionItemsRepo = ReturnType<typeof makeActionItemsRepo>;
