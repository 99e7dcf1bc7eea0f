// The shell: top bar (home, settings, language), the screen for the current route, and the app-wide
// commands: Ctrl+N new meeting, Ctrl+F search, and the same commands from Electron's menu.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onMenuCommand } from './api/client';
import { LanguageSwitch } from './components/LanguageSwitch';
import { MeetingForm } from './features/meetings/MeetingForm';
import { MeetingList } from './features/meetings/MeetingList';
import { MeetingPage } from './features/meetings/MeetingPage';
import { OrganizationDialog } from './features/settings/OrganizationDialog';
import { navigate, routeHash, useRoute } from './routes';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const wantSearch = useRef(false);

  const run = useCallback((command: string) => {
    if (command === 'meeting:new') navigate({ name: 'new' });
    else if (command === 'settings') setSettingsOpen(true);
    else if (command === 'find') {
      // The search box lives on the list: go there first, focus once it is rendered.
      if (search.current) search.current.focus();
      else {
        wantSearch.current = true;
        navigate({ name: 'list' });
      }
    }
  }, []);

  useEffect(() => {
    if (route.name === 'list' && wantSearch.current) {
      wantSearch.current = false;
      search.current?.focus();
    }
  }, [route]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'n' && key !== 'f') return;
      e.preventDefault();
      run(key === 'n' ? 'meeting:new' : 'find');
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = onMenuCommand(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [run]);

  return (
    <div className="app">
      <nav className="topbar" aria-label={t('app.name')}>
        <a className="brand" href={routeHash({ name: 'list' })}>
          {t('app.name')}
        </a>
        {route.name !== 'list' && (
          <a className="topbar-link" href={routeHash({ name: 'list' })}>
            ← {t('app.back')}
          </a>
        )}
        <span className="topbar-spacer" />
        <button type="button" className="button-quiet" onClick={() => setSettingsOpen(true)}>
          {t('app.settings')}
        </button>
        <LanguageSwitch />
      </nav>
      {route.name === 'list' && <MeetingList searchRef={search} />}
      {route.name === 'new' && <MeetingForm key="new" meetingId={null} />}
      {route.name === 'edit' && <MeetingForm key={`edit-${route.id}`} meetingId={route.id} />}
      {route.name === 'meeting' && <MeetingPage meetingId={route.id} />}
      {settingsOpen && <OrganizationDialog onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
