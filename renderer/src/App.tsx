// The shell: top bar (home, settings, language), the screen for the current route, and the app-wide
// commands: Ctrl+N new meeting, Ctrl+F search, and the same commands from Electron's menu (plus "meeting:import";
// the meeting page answers "meeting:export" itself).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { onMenuCommand } from './api/client';
import { LanguageSwitch } from './components/LanguageSwitch';
import { MeetingForm } from './features/meetings/MeetingForm';
import { MeetingList } from './features/meetings/MeetingList';
import { MeetingPage } from './features/meetings/MeetingPage';
import { openFilePicker } from './features/files/MeetingImport';
import { OrganizationDialog } from './features/settings/OrganizationDialog';
import { navigate, routeHash, useRoute } from './routes';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  /** A command for the list screen asked for on another screen, run once the list is rendered. */
  const pending = useRef<(() => void) | null>(null);

  /** The search box and the import live on the list: act at once when it is shown, else go there first. */
  const onList = useCallback((target: RefObject<HTMLInputElement | null>, action: (element: HTMLInputElement) => void) => {
    const act = () => target.current && action(target.current);
    if (target.current) act();
    else {
      pending.current = act;
      navigate({ name: 'list' });
    }
  }, []);

  const run = useCallback(
    (command: string) => {
      if (command === 'meeting:new') navigate({ name: 'new' });
      else if (command === 'settings') setSettingsOpen(true);
      else if (command === 'find') onList(search, (input) => input.focus());
      else if (command === 'meeting:import') onList(importInput, openFilePicker);
    },
    [onList],
  );

  useEffect(() => {
    if (route.name === 'list' && pending.current) {
      const action = pending.current;
      pending.current = null;
      action();
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
      {route.name === 'list' && <MeetingList searchRef={search} importRef={importInput} />}
      {route.name === 'new' && <MeetingForm key="new" meetingId={null} />}
      {route.name === 'edit' && <MeetingForm key={`edit-${route.id}`} meetingId={route.id} />}
      {route.name === 'meeting' && <MeetingPage meetingId={route.id} />}
      {settingsOpen && <OrganizationDialog onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
