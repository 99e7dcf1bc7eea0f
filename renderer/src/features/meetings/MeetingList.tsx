// The meeting list: newest first, filtered by title on the server (diacritics and đ ignored there), with
// "Nhập cuộc họp". The search box and the import's file input are exposed through refs so Ctrl+F and the Electron
// menu ("find", "meeting:import") can reach them.
import { useEffect, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { navigate, routeHash } from '../../routes';
import { ImportError, MeetingImport } from '../files/MeetingImport';
import { formatDateTime } from './format';

const SEARCH_DELAY_MS = 200;

export function MeetingList({ searchRef, importRef }: { searchRef: Ref<HTMLInputElement>; importRef: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [importError, setImportError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.call('meetings:list', query.trim() ? { query: query.trim() } : {}).then(
        (found) => {
          if (!live) return;
          setMeetings(found);
          setError(null);
        },
        (e: unknown) => live && setError(e),
      );
    }, query ? SEARCH_DELAY_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, attempt]);

  return (
    <main className="page page-list">
      <header className="page-header">
        <h1>{t('list.title')}</h1>
        <div className="page-actions">
          <MeetingImport inputRef={importRef} onError={setImportError} />
          <button type="button" className="button-primary" onClick={() => navigate({ name: 'new' })}>
            {t('list.newMeeting')}
          </button>
        </div>
      </header>
      {importError !== null && <ImportError error={importError} />}
      <div className="search">
        <label htmlFor="meeting-search">{t('list.search')}</label>
        <input
          id="meeting-search"
          ref={searchRef}
          type="search"
          value={query}
          maxLength={200}
          placeholder={t('list.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {error !== null && <ErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {meetings === null ? (
        error === null && <p className="muted">{t('common.loading')}</p>
      ) : meetings.length === 0 ? (
        <p className="muted empty">{query.trim() ? t('list.noMatch', { query: query.trim() }) : t('list.empty')}</p>
      ) : (
        <ul className="meeting-list" aria-live="polite">
          {meetings.map((m) => (
            <li key={m.id}>
              <a className="meeting-row" href={routeHash({ name: 'meeting', id: m.id })}>
                <span className="meeting-row-title">{m.title}</span>
                <span className="meeting-row-meta">
                  {[m.kind, formatDateTime(m.start), m.location].filter(Boolean).join(' · ')}
                </span>
                {m.status === 'signed' && <span className="badge">{t('list.status.signed')}</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="muted shortcuts">{t('list.shortcuts')}</p>
    </main>
  );
}
