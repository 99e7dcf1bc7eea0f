// One proposed or stored action item: who leads and supports, the task, the deadline, how sure the
// extractor is, and the decisions its state allows. Hovering or focusing it highlights its sentence.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemDraft, SourceSpan } from '../../../../shared/domain/types';
import { describeDeadline } from './deadline';
import { ItemEditor } from './ItemEditor';

export type Entry = {
  key: string;
  draft: ActionItemDraft;
  review: 'new' | 'accepted' | 'rejected';
  /** The stored item, once accepted or rejected. */
  itemId: number | null;
  stale: boolean;
  confidence: number | null;
  span: SourceSpan | null;
  sourceText: string | null;
};

export type CardActions = {
  accept(draft?: ActionItemDraft): void;
  reject(): void;
  update(draft: ActionItemDraft): void;
  remove(): void;
};

type Props = {
  entry: Entry;
  selected: boolean;
  unitNames: string[];
  isKnownUnit(name: string): boolean;
  /** Adds a party to the units directory; rejects when the backend refuses. */
  onAddUnit(name: string): Promise<void>;
  actions: CardActions;
  onHighlight(on: boolean): void;
  onSelect(): void;
};

export function ProposalCard({ entry, selected, unitNames, isKnownUnit, onAddUnit, actions, onHighlight, onSelect }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { draft, review } = entry;

  return (
    <li
      className={`proposal proposal-${review} ${selected ? 'proposal-selected' : ''} ${entry.stale ? 'proposal-stale' : ''}`}
      data-testid="proposal"
      data-review={review}
      tabIndex={0}
      aria-current={selected || undefined}
      onMouseEnter={() => onHighlight(true)}
      onMouseLeave={() => onHighlight(false)}
      onFocus={() => onHighlight(true)}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && onHighlight(false)}
      onClick={onSelect}
    >
      <div className="proposal-head">
        <span className={`badge badge-${review}`}>{t(`review.states.${review}`)}</span>
        {entry.stale && <span className="badge badge-stale">{t('review.changed')}</span>}
        {entry.confidence !== null && <span className="muted confidence">{t('review.confidence', { value: Math.round(entry.confidence * 100) })}</span>}
      </div>
      {editing ? (
        <ItemEditor
          initial={draft}
          unitNames={unitNames}
          submitLabel={review === 'new' ? t('review.saveAccept') : t('review.saveItem')}
          onCancel={() => setEditing(false)}
          onSubmit={(edited) => {
            setEditing(false);
            if (review === 'new') actions.accept(edited);
            else actions.update(edited);
          }}
        />
      ) : (
        <>
          <dl className="proposal-facts">
            <dt>{t('review.lead')}</dt>
            <dd>{draft.lead.length ? <Parties names={draft.lead} isKnown={isKnownUnit} onAdd={onAddUnit} /> : '—'}</dd>
            {draft.support.length > 0 && (
              <>
                <dt>{t('review.support')}</dt>
                <dd>
                  <Parties names={draft.support} isKnown={isKnownUnit} onAdd={onAddUnit} />
                </dd>
              </>
            )}
            <dt>{t('review.task')}</dt>
            <dd className="proposal-task">{draft.task}</dd>
            <dt>{t('review.deadline')}</dt>
            <dd>{describeDeadline(t, draft.deadline)}</dd>
            {entry.stale && entry.sourceText && (
              <>
                <dt>{t('review.source')}</dt>
                <dd className="proposal-source">{entry.sourceText}</dd>
              </>
            )}
          </dl>
          <div className="proposal-actions" onClick={(e) => e.stopPropagation()}>
            {review === 'new' && (
              <>
                <button type="button" className="button-primary button-small" onClick={() => actions.accept()}>
                  {t('review.accept')}
                </button>
                <button type="button" className="button-secondary button-small" onClick={() => setEditing(true)}>
                  {t('review.editAccept')}
                </button>
                <button type="button" className="button-quiet button-small" onClick={actions.reject}>
                  {t('review.reject')}
                </button>
              </>
            )}
            {review === 'accepted' && (
              <>
                <button type="button" className="button-secondary button-small" onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </button>
                <button type="button" className="button-quiet button-small" onClick={actions.remove}>
                  {t('review.removeItem')}
                </button>
              </>
            )}
            {review === 'rejected' && (
              <button type="button" className="button-quiet button-small" onClick={actions.remove}>
                {t('review.undoReject')}
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** Parties separated by "; ", each one not yet in the units directory with a button to add it. */
function Parties({ names, isKnown, onAdd }: { names: string[]; isKnown(name: string): boolean; onAdd(name: string): Promise<void> }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <span className="parties">
      {names.map((name, i) => (
        <span key={`${name}-${i}`} className="party">
          {i > 0 && '; '}
          {name}
          {!isKnown(name) && (
            <button
              type="button"
              className="button-link"
              data-testid="add-unit"
              title={t('review.addToDirectoryHint', { name })}
              onClick={(e) => {
                e.stopPropagation();
                onAdd(name).then(() => setFailed(null), () => setFailed(name));
              }}
            >
              {failed === name ? t('review.addToDirectoryFailed') : t('review.addToDirectory')}
            </button>
          )}
        </span>
      ))}
    </span>
  );
}
