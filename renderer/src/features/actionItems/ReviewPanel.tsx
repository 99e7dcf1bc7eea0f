// The panel beside the editor where the secretary reviews the tasks found in the Kết luận section:
// proposals in text order, then accepted items whose sentence is gone. Hover highlights a proposal's
// sentence in the editor; a click keeps it highlighted and scrolls to it.
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, Proposal } from '../../../../shared/ipc/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { locate, mapConclusions, rangesForSpan } from '../minutes/conclusionsMap';
import { highlightRanges } from '../minutes/sourceHighlight';
import { draftOf, type Review } from './useReview';
import { ProposalCard, type Entry } from './ProposalCard';
import { useAddToDirectory } from './useAddToDirectory';

const fromProposal = (p: Proposal, items: Map<number, ActionItem>): Entry => ({
  key: `p:${p.key}:${p.span.start}`,
  draft: draftOf(p),
  review: p.review,
  itemId: p.actionItemId,
  stale: p.actionItemId !== null && (items.get(p.actionItemId)?.stale ?? false),
  confidence: p.confidence,
  span: p.span,
  sourceText: p.sourceText,
});

const fromOrphan = (i: ActionItem): Entry => ({
  key: `i:${i.id}`,
  draft: draftOf(i),
  review: 'accepted',
  itemId: i.id,
  stale: true,
  confidence: null,
  span: i.span,
  sourceText: i.sourceText,
});

export function ReviewPanel({ editor, review, unitNames }: { editor: Editor; review: Review; unitNames: string[] }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const directory = useAddToDirectory(unitNames);
  const { result } = review;

  const show = (entry: Entry | null, scroll = false) => {
    const map = entry?.span && entry.sourceText !== null ? mapConclusions(editor.state.doc) : null;
    const span = map && entry?.span && entry.sourceText !== null ? locate(map, entry.span, entry.sourceText) : null;
    highlightRanges(editor, map && span ? rangesForSpan(map, span) : [], scroll);
  };

  const proposals = result?.proposals.map((p) => ({ entry: fromProposal(p, review.items), proposal: p })) ?? [];
  const orphans = result?.orphans.map(fromOrphan) ?? [];
  const all = [...proposals.map((x) => x.entry), ...orphans];
  const selectedEntry = all.find((e) => e.key === selected) ?? null;

  // Clear the highlight when the panel goes away (leaving the page) so it is not left behind.
  useEffect(() => () => highlightRanges(editor, []), [editor]);

  const card = (entry: Entry, proposal: Proposal | null) => (
    <ProposalCard
      key={entry.key}
      entry={entry}
      selected={entry.key === selected}
      unitNames={directory.names}
      isKnownUnit={directory.isKnown}
      onAddUnit={directory.add}
      onHighlight={(on) => show(on ? entry : selectedEntry)}
      onSelect={() => {
        if (entry.key === selected) return;
        setSelected(entry.key);
        show(entry, true);
      }}
      actions={{
        accept: (draft) => proposal && void review.accept(proposal, draft),
        reject: () => proposal && void review.reject(proposal),
        update: (draft) => entry.itemId !== null && void review.update(entry.itemId, draft),
        remove: () => entry.itemId !== null && void review.remove(entry.itemId),
      }}
    />
  );

  return (
    <aside className="review-panel" aria-labelledby="review-title">
      <header className="review-header">
        <h2 id="review-title">{t('review.title')}</h2>
        <button type="button" className="button-primary" onClick={() => void review.propose()} disabled={review.running}>
          {review.running ? t('review.proposing') : t('review.propose')}
        </button>
      </header>
      {review.error !== null && <ErrorNotice error={review.error} />}
      {result === null ? (
        <p className="muted">{t('review.intro')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {result.proposals.length ? t('review.count', { count: result.proposals.length }) : t('review.none')}
          </p>
          <ol className="proposals">{proposals.map(({ entry, proposal }) => card(entry, proposal))}</ol>
          {orphans.length > 0 && (
            <>
              <h3 className="orphans-title">{t('review.orphansTitle')}</h3>
              <ol className="proposals">{orphans.map((entry) => card(entry, null))}</ol>
            </>
          )}
        </>
      )}
    </aside>
  );
}
