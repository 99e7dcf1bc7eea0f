// Editing an action item before accepting it, or after: the task, lead and support units (chips chosen
// from the directory or typed), and the deadline prefilled with what the extractor parsed.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemDraft, DeadlineKind } from '../../../../shared/domain/types';
import { tidy } from '../../../../shared/text/vietnamese';
import { ChipInput } from '../../components/ChipInput';
import { Field } from '../../components/Field';
import { DEADLINE_KINDS } from './deadline';

type Props = { initial: ActionItemDraft; unitNames: string[]; submitLabel: string; onSubmit(draft: ActionItemDraft): void; onCancel(): void };

export function ItemEditor({ initial, unitNames, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const taskMissing = !tidy(draft.task);
  const setDeadline = (patch: Partial<ActionItemDraft['deadline']>) => setDraft({ ...draft, deadline: { ...draft.deadline, ...patch } });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (taskMissing) return;
    const text = tidy(draft.deadline.text ?? '');
    onSubmit({ ...draft, task: tidy(draft.task), deadline: { ...draft.deadline, text: text || null, iso: draft.deadline.iso || null } });
  };

  return (
    <form className="item-editor" onSubmit={submit} aria-label={t('review.editTitle')} noValidate>
      <Field label={t('review.task')} error={submitted && taskMissing ? t('review.taskRequired') : undefined}>
        <textarea rows={3} value={draft.task} maxLength={5000} onChange={(e) => setDraft({ ...draft, task: e.target.value })} />
      </Field>
      <ChipInput label={t('review.lead')} values={draft.lead} suggestions={unitNames} onChange={(lead) => setDraft({ ...draft, lead })} />
      <ChipInput label={t('review.support')} values={draft.support} suggestions={unitNames} onChange={(support) => setDraft({ ...draft, support })} />
      <div className="field-row">
        <Field label={t('review.deadlineKind')}>
          <select value={draft.deadline.kind} onChange={(e) => setDeadline({ kind: e.target.value as DeadlineKind })}>
            {DEADLINE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`deadline.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('review.deadlineDate')}>
          <input type="date" value={draft.deadline.iso ?? ''} onChange={(e) => setDeadline({ iso: e.target.value || null })} />
        </Field>
      </div>
      <Field label={t('review.deadlineText')}>
        <input value={draft.deadline.text ?? ''} maxLength={500} onChange={(e) => setDeadline({ text: e.target.value })} />
      </Field>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
