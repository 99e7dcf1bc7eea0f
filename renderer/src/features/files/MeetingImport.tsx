// "Nhập cuộc họp": picks a meeting file (.json), sends its text to `meetings:import` and opens the new meeting.
// A refused file shows each problem with its JSON path (ImportError). The file input is exposed through a ref
// so the Electron menu command can open the same picker.
import { useState, type ChangeEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { navigate } from '../../routes';
import { importProblems } from './importProblems';

/**
 * Opens the file picker from a command that is not a click (the Electron menu). Chromium only shows a picker
 * during a user activation, which an IPC message does not carry; then the import button gets the focus instead,
 * one Enter away.
 */
export function openFilePicker(input: HTMLInputElement) {
  try {
    input.showPicker();
  } catch {
    input.focus();
  }
}

export function MeetingImport({ inputRef, onError }: { inputRef: Ref<HTMLInputElement>; onError(error: unknown): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    onError(null);
    try {
      const { meetingId } = await api.call('meetings:import', { content: await file.text() });
      navigate({ name: 'meeting', id: meetingId });
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
      // Picking the same file again (after fixing it) must fire `change` again.
      input.value = '';
    }
  };

  return (
    <label className="button-secondary file-button">
      {busy ? t('files.importing') : t('files.import')}
      <input ref={inputRef} type="file" accept=".json,application/json" className="visually-hidden" disabled={busy} onChange={onPick} />
    </label>
  );
}

/** A refused file lists its problems; any other failure (network, disk) is an ordinary error notice. */
export function ImportError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problems = error instanceof ApiError && error.code === 'VALIDATION' ? importProblems(error.message) : [];
  if (!problems.length) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert" data-testid="import-problems">
      <span>{t('files.invalid', { count: problems.length })}</span>
      <ul className="problem-list">
        {problems.map((p, i) => (
          <li key={i}>
            {p.path && <code>{p.path}</code>} {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
