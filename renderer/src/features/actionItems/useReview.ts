// State of the review panel: the extractor's proposals for the meeting (run on the server), the stored
// items (for their "sentence changed" flag), and the secretary's decisions. Re-runs by itself ~1.5 s after
// a save that changed the Kết luận text, once proposals are shown (asked for, or decisions already made).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionItemDraft } from '../../../../shared/domain/types';
import type { ActionItem, Proposal, Proposals } from '../../../../shared/ipc/contract';
import { api } from '../../api/client';

const RERUN_DELAY_MS = 1_500;

export type Review = {
  result: Proposals | null;
  /** Stored items by id, for the stale flag of accepted proposals. */
  items: Map<number, ActionItem>;
  running: boolean;
  error: unknown;
  propose(): Promise<void>;
  accept(proposal: Proposal, draft?: ActionItemDraft): Promise<void>;
  reject(proposal: Proposal): Promise<void>;
  update(id: number, draft: ActionItemDraft): Promise<void>;
  remove(id: number): Promise<void>;
  /** Called after each save with the saved conclusions text. */
  conclusionsSaved(text: string): void;
};

export const draftOf = (x: ActionItemDraft): ActionItemDraft => ({ lead: x.lead, support: x.support, task: x.task, deadline: x.deadline });

export function useReview(meetingId: number): Review {
  const [result, setResult] = useState<Proposals | null>(null);
  const [items, setItems] = useState<Map<number, ActionItem>>(new Map());
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const lastText = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const generation = useRef(0);

  const propose = useCallback(async () => {
    // Only the newest run may update the panel: an older, slower one must not overwrite it.
    const mine = ++generation.current;
    setRunning(true);
    try {
      const [proposals, stored] = await Promise.all([api.call('actionItems:propose', { meetingId }), api.call('actionItems:list', { meetingId })]);
      if (mine !== generation.current) return;
      lastText.current = proposals.conclusionsText;
      setResult(proposals);
      setItems(new Map(stored.map((i) => [i.id, i])));
      setError(null);
    } catch (e) {
      if (mine === generation.current) setError(e);
    } finally {
      if (mine === generation.current) setRunning(false);
    }
  }, [meetingId]);

  /** Runs a decision, then refreshes; a failure is shown and the list stays as it was. */
  const act = useCallback(
    async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (e) {
        setError(e);
        return;
      }
      await propose();
    },
    [propose],
  );

  const conclusionsSaved = useCallback(
    (text: string) => {
      if (lastText.current === null || text === lastText.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void propose(), RERUN_DELAY_MS);
    },
    [propose],
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  // Once decisions exist, reopening the meeting shows them without another click.
  useEffect(() => {
    api.call('actionItems:list', { meetingId }).then((stored) => stored.length > 0 && void propose(), () => {});
  }, [meetingId, propose]);

  const decide = (review: 'accepted' | 'rejected', p: Proposal, draft: ActionItemDraft) =>
    act(() => api.call('actionItems:review', { meetingId, review, item: draft, span: p.span, sourceText: p.sourceText }));

  return {
    result,
    items,
    running,
    error,
    propose,
    accept: (p, draft = draftOf(p)) => decide('accepted', p, draft),
    reject: (p) => decide('rejected', p, draftOf(p)),
    update: (id, draft) => act(() => api.call('actionItems:update', { id, item: draft })),
    remove: (id) => act(() => api.call('actionItems:delete', { id })),
    conclusionsSaved,
  };
}
