// The attendance list of the meeting form: one row per person or represented unit. Names and units are
// suggested from the directory; picking a known person fills in their title and unit.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee, Person, Presence } from '../../../../shared/domain/types';
import { Field } from '../../components/Field';
import { emptyAttendee } from './meetingDraft';

type Props = {
  attendees: Attendee[];
  people: Person[];
  unitNames: string[];
  problems: { errors: Record<string, string>; warnings: Record<string, string> };
  onChange(attendees: Attendee[]): void;
};

const PRESENCES: Presence[] = ['present', 'absent', 'substitute'];

export function AttendeesEditor({ attendees, people, unitNames, problems, onChange }: Props) {
  const { t } = useTranslation();
  const listId = useId();

  const update = (i: number, patch: Partial<Attendee>) => onChange(attendees.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const setName = (i: number, name: string) => {
    const known = people.find((p) => p.name === name);
    update(i, known ? { name, title: known.title, unit: known.unit } : { name });
  };

  return (
    <fieldset className="attendees">
      <legend>{t('form.attendees')}</legend>
      {attendees.length === 0 && <p className="muted">{t('form.noAttendees')}</p>}
      <ol className="attendee-rows">
        {attendees.map((a, i) => {
          const error = problems.errors[`attendees.${i}`];
          const warning = problems.warnings[`attendees.${i}`];
          return (
            <li key={i} className="attendee-row" aria-label={t('form.attendee', { n: i + 1 })} data-testid="attendee-row">
              <Field label={t('form.attendeeName')} error={error && t(error)}>
                <input list={`${listId}-people`} value={a.name} maxLength={200} onChange={(e) => setName(i, e.target.value)} />
              </Field>
              <Field label={t('form.attendeeTitle')}>
                <input value={a.title} maxLength={300} onChange={(e) => update(i, { title: e.target.value })} />
              </Field>
              <Field label={t('form.attendeeUnit')}>
                <input list={`${listId}-units`} value={a.unit} maxLength={300} onChange={(e) => update(i, { unit: e.target.value })} />
              </Field>
              <Field label={t('form.presence')}>
                <select value={a.presence} onChange={(e) => update(i, { presence: e.target.value as Presence })}>
                  {PRESENCES.map((p) => (
                    <option key={p} value={p}>
                      {t(`form.presences.${p}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('form.note')} className="attendee-note" hint={warning && t(warning)}>
                <input value={a.note} maxLength={500} onChange={(e) => update(i, { note: e.target.value })} />
              </Field>
              <button
                type="button"
                className="button-icon"
                aria-label={t('form.removeAttendee', { n: i + 1 })}
                title={t('form.removeAttendee', { n: i + 1 })}
                onClick={() => onChange(attendees.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button-secondary" onClick={() => onChange([...attendees, emptyAttendee()])}>
        {t('form.addAttendee')}
      </button>
      <datalist id={`${listId}-people`}>
        {people.map((p) => (
          <option key={p.id} value={p.name}>
            {[p.title, p.unit].filter(Boolean).join(', ')}
          </option>
        ))}
      </datalist>
      <datalist id={`${listId}-units`}>
        {unitNames.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
    </fieldset>
  );
}
