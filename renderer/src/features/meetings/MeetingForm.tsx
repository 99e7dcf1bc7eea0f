// Creating and editing a meeting's record (everything but the minutes text). Checks the fields before
// sending, then lets the contract's validation have the last word; on success opens the meeting page.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { navigate } from '../../routes';
import { unitNames, useDirectory } from '../directory/useDirectory';
import { AttendeesEditor } from './AttendeesEditor';
import { checkDraft, draftFromMeeting, draftToInput, newDraft, type MeetingDraft } from './meetingDraft';

const KINDS = ['meeting', 'session', 'conference'] as const;

export function MeetingForm({ meetingId }: { meetingId: number | null }) {
  const { t } = useTranslation();
  const { units, people } = useDirectory();
  const [draft, setDraft] = useState<MeetingDraft | null>(meetingId === null ? newDraft() : null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (meetingId === null) return;
    api.call('meetings:get', { id: meetingId }).then((m) => setDraft(draftFromMeeting(m)), setError);
  }, [meetingId]);

  if (!draft) {
    return <main className="page">{error !== null ? <ErrorNotice error={error} /> : <p className="muted">{t('common.loading')}</p>}</main>;
  }

  const problems = checkDraft(draft);
  // Errors show once the user has tried to save, so an empty new form is not covered in red.
  const shown = submitted ? problems : { errors: {}, warnings: problems.warnings };
  const err = (field: string) => (shown.errors[field] ? t(shown.errors[field]) : undefined);
  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => setDraft({ ...draft, [key]: value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems.errors).length) return;
    setBusy(true);
    setError(null);
    try {
      const input = draftToInput(draft);
      const saved = meetingId === null ? await api.call('meetings:create', input) : await api.call('meetings:update', { id: meetingId, meeting: input });
      navigate({ name: 'meeting', id: saved.id });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => navigate(meetingId === null ? { name: 'list' } : { name: 'meeting', id: meetingId });
  const invalid = submitted && Object.keys(problems.errors).length > 0;

  return (
    <main className="page page-form">
      <header className="page-header">
        <h1>{meetingId === null ? t('form.createTitle') : t('form.editTitle')}</h1>
      </header>
      <form className="meeting-form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('form.general')}</legend>
          <Field label={t('form.title')} error={err('title')} className="wide">
            <input value={draft.title} maxLength={500} required onChange={(e) => set('title', e.target.value)} />
          </Field>
          <Field label={t('form.kind')}>
            <input list="meeting-kinds" value={draft.kind} maxLength={100} onChange={(e) => set('kind', e.target.value)} />
          </Field>
          <datalist id="meeting-kinds">
            {KINDS.map((k) => (
              <option key={k} value={t(`form.kinds.${k}`)} />
            ))}
          </datalist>
          <Field label={t('form.location')}>
            <input value={draft.location} maxLength={300} onChange={(e) => set('location', e.target.value)} />
          </Field>
          <div className="field-row">
            <Field label={t('form.startDate')} error={err('startDate')}>
              <input type="date" value={draft.startDate} required onChange={(e) => set('startDate', e.target.value)} />
            </Field>
            <Field label={t('form.startTime')} error={err('startTime')}>
              <input type="time" value={draft.startTime} required onChange={(e) => set('startTime', e.target.value)} />
            </Field>
            <Field label={t('form.endDate')}>
              <input type="date" value={draft.endDate} onChange={(e) => set('endDate', e.target.value)} />
            </Field>
            <Field label={t('form.endTime')} error={err('endTime')}>
              <input type="time" value={draft.endTime} onChange={(e) => set('endTime', e.target.value)} />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('form.chair')}</legend>
          <div className="field-row">
            <Field label={t('form.chairName')}>
              <input list="chair-people" value={draft.chair.name} maxLength={200} onChange={(e) => set('chair', { ...draft.chair, name: e.target.value })} />
            </Field>
            <Field label={t('form.chairTitle')} className="wide">
              <input value={draft.chair.title} maxLength={500} onChange={(e) => set('chair', { ...draft.chair, title: e.target.value })} />
            </Field>
          </div>
          <div className="field-row">
            <Field label={t('form.chairAuthority')}>
              <input value={draft.chair.authority} maxLength={200} onChange={(e) => set('chair', { ...draft.chair, authority: e.target.value })} />
            </Field>
            <Field label={t('form.chairSigningTitle')}>
              <input value={draft.chair.signingTitle} maxLength={200} onChange={(e) => set('chair', { ...draft.chair, signingTitle: e.target.value })} />
            </Field>
          </div>
          <datalist id="chair-people">
            {people.map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
        </fieldset>

        <fieldset>
          <legend>{t('form.secretary')}</legend>
          <div className="field-row">
            <Field label={t('form.secretaryName')}>
              <input value={draft.secretary.name} maxLength={200} onChange={(e) => set('secretary', { ...draft.secretary, name: e.target.value })} />
            </Field>
            <Field label={t('form.secretaryTitle')} className="wide">
              <input value={draft.secretary.title} maxLength={300} onChange={(e) => set('secretary', { ...draft.secretary, title: e.target.value })} />
            </Field>
          </div>
        </fieldset>

        <AttendeesEditor attendees={draft.attendees} people={people} unitNames={unitNames(units)} problems={shown} onChange={(a) => set('attendees', a)} />

        <fieldset>
          <legend>{t('form.agenda')}</legend>
          <Field label={t('form.agenda')} className="wide visually-hidden-label">
            <textarea rows={4} value={draft.agenda} onChange={(e) => set('agenda', e.target.value)} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('form.recipients')}</legend>
          <Field label={t('form.recipients')} className="wide visually-hidden-label">
            <textarea rows={3} value={draft.recipients} onChange={(e) => set('recipients', e.target.value)} />
          </Field>
        </fieldset>

        {invalid && (
          <p className="notice notice-error" role="alert">
            {t('form.invalid')}
          </p>
        )}
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={cancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {meetingId === null ? t('form.create') : t('form.save')}
          </button>
        </div>
      </form>
    </main>
  );
}
