// Action items: proposes them from the minutes' Kết luận section, remembers the secretary's decisions
// (accepted items become tracked records, rejected ones are not proposed again) and flags accepted items
// whose sentence has since changed.
import type { ActionItemDraft, SourceSpan } from '../../../shared/domain/types';
import { conclusionsText } from '../../../shared/editor/minutesDoc';
import { extractActionItems } from '../../../shared/extractor';
import type { ActionItem, Proposal, Proposals, ReviewState } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { foldForSearch } from '../../../shared/text/vietnamese';
import type { ServiceContext } from '../context';
import { meetingNotFound, nfcDeep } from './meetings';

/** Identity of a proposal across re-runs when its sentence moved: who and what, folded. */
const keyOf = (item: ActionItemDraft) => foldForSearch(`${item.lead.join('|')}::${item.task}`);

/** An item is stale when the text it was reviewed from no longer appears in the conclusions. */
const isStale = (item: { sourceText: string | null }, text: string) => item.sourceText !== null && !text.includes(item.sourceText);

export function makeActionItemsService(ctx: ServiceContext) {
  const { db, repos } = ctx;

  const currentText = (meetingId: number) => {
    const minutes = repos.minutes.get(meetingId);
    if (!minutes) throw meetingNotFound(meetingId);
    return conclusionsText(minutes.content);
  };
  const withStale = (items: Omit<ActionItem, 'stale'>[], text: string): ActionItem[] =>
    items.map((i) => ({ ...i, stale: i.review === 'accepted' && isStale(i, text) }));
  const notFound = (id: number) => new AppError('NOT_FOUND', `Không tìm thấy nhiệm vụ số ${id} / Action item ${id} not found`);

  return {
    list(meetingId: number): ActionItem[] {
      return withStale(repos.actionItems.listForMeeting(meetingId), currentText(meetingId));
    },

    propose(meetingId: number): Proposals {
      const meeting = repos.meetings.get(meetingId);
      if (!meeting) throw meetingNotFound(meetingId);
      const text = currentText(meetingId);
      const directory = repos.directory.listUnits();
      const found = extractActionItems(text, { docDate: meeting.start.slice(0, 10), directory });
      const stored = withStale(repos.actionItems.listForMeeting(meetingId), text);
      const used = new Set<number>();
      // A decision follows its sentence first (the secretary may have edited the task), then its who-and-what.
      const match = (sourceText: string, key: string) =>
        stored.find((s) => !used.has(s.id) && s.sourceText === sourceText && keyOf(s) === key) ??
        stored.find((s) => !used.has(s.id) && s.sourceText === sourceText) ??
        stored.find((s) => !used.has(s.id) && keyOf(s) === key);

      const proposals: Proposal[] = found.map((p) => {
        const sourceText = text.slice(p.span.start, p.span.end);
        const key = keyOf(p);
        const decided = match(sourceText, key);
        if (decided) used.add(decided.id);
        return {
          key,
          lead: decided?.lead ?? p.lead,
          support: decided?.support ?? p.support,
          task: decided?.task ?? p.task,
          deadline: decided?.deadline ?? p.deadline,
          span: p.span,
          sourceText,
          confidence: p.confidence,
          review: decided?.review ?? 'new',
          actionItemId: decided?.id ?? null,
        };
      });
      const orphans = stored.filter((s) => !used.has(s.id) && s.review === 'accepted').map((s) => ({ ...s, stale: true }));
      return { conclusionsText: text, proposals, orphans };
    },

    review(input: { meetingId: number; review: ReviewState; item: ActionItemDraft; span: SourceSpan | null; sourceText: string | null }): ActionItem {
      const rec = nfcDeep(input);
      if (!repos.meetings.get(rec.meetingId)) throw meetingNotFound(rec.meetingId);
      const now = ctx.stamp();
      const id = db.transaction(() => {
        const id = repos.actionItems.insert(rec, now);
        repos.audit.record({ at: now, action: `actionItem.${rec.review === 'accepted' ? 'accept' : 'reject'}`, entity: 'actionItem', entityId: id, detail: { meetingId: rec.meetingId } });
        return id;
      })();
      return this.get(id);
    },

    get(id: number): ActionItem {
      const item = repos.actionItems.get(id);
      if (!item) throw notFound(id);
      return withStale([item], currentText(item.meetingId))[0];
    },

    update(id: number, draft: ActionItemDraft): ActionItem {
      const item = nfcDeep(draft);
      const now = ctx.stamp();
      db.transaction(() => {
        if (!repos.actionItems.update(id, item, now)) throw notFound(id);
        repos.audit.record({ at: now, action: 'actionItem.update', entity: 'actionItem', entityId: id, detail: {} });
      })();
      return this.get(id);
    },

    remove(id: number) {
      const now = ctx.stamp();
      db.transaction(() => {
        if (!repos.actionItems.remove(id)) throw notFound(id);
        repos.audit.record({ at: now, action: 'actionItem.delete', entity: 'actionItem', entityId: id, detail: {} });
      })();
      return {};
    },
  };
}
