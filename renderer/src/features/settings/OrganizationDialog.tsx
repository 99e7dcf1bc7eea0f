// The organisation's settings (regime, header names, symbol, place, term start), in a modal <dialog>:
// Escape closes it and focus returns to where it was, as the platform does for modal dialogs.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization, Regime } from '../../../../shared/domain/types';
import { tidy } from '../../../../shared/text/vietnamese';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

const REGIMES: Regime[] = ['state', 'party'];

export function OrganizationDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [org, setOrg] = useState<Organization | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    api.call('organization:get', {}).then(setOrg, setError);
  }, []);

  const set = <K extends keyof Organization>(key: K, value: Organization[K]) => org && setOrg({ ...org, [key]: value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!org) return;
    setBusy(true);
    try {
      await api.call('organization:update', {
        ...org,
        parent: tidy(org.parent),
        name: tidy(org.name),
        symbol: tidy(org.symbol),
        place: tidy(org.place),
        termStart: org.termStart || null,
      });
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="settings-title" onClose={onClose}>
      <form method="dialog" onSubmit={submit}>
        <h2 id="settings-title">{t('settings.title')}</h2>
        {error !== null && <ErrorNotice error={error} />}
        {org && (
          <>
            <Field label={t('settings.regime')}>
              <select value={org.regime} onChange={(e) => set('regime', e.target.value as Regime)}>
                {REGIMES.map((r) => (
                  <option key={r} value={r}>
                    {t(`settings.regimes.${r}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('settings.parent')}>
              <input value={org.parent} maxLength={300} onChange={(e) => set('parent', e.target.value)} />
            </Field>
            <Field label={t('settings.name')}>
              <input value={org.name} maxLength={300} onChange={(e) => set('name', e.target.value)} />
            </Field>
            <div className="field-row">
              <Field label={t('settings.symbol')}>
                <input value={org.symbol} maxLength={40} onChange={(e) => set('symbol', e.target.value)} />
              </Field>
              <Field label={t('settings.place')}>
                <input value={org.place} maxLength={100} onChange={(e) => set('place', e.target.value)} />
              </Field>
              <Field label={t('settings.termStart')}>
                <input type="date" value={org.termStart ?? ''} onChange={(e) => set('termStart', e.target.value || null)} />
              </Field>
            </div>
          </>
        )}
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={!org || busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
