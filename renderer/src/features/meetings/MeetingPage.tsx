// A meeting's working page: its facts, the minutes editor with autosave, and the action-item review panel
// beside it. Loads the record and the minutes first; the editor is created only once content is there.
// Its actions export the official documents and the meeting file (also from the Electron menu).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, RichDoc } from '../../../../shared/domain/types';
import { conclusionsText } from '../../../../shared/editor/minutesDoc';
import type { MinutesDoc } from '../../../../shared/ipc/contract';
import { api, onMenuCommand } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReviewPanel } from '../actionItems/ReviewPanel';
import { useReview } from '../actionItems/useReview';
import { unitNames, useDirectory } from '../directory/useDirectory';
import { ExportDialog } from '../documents/ExportDialog';
import { useMeetingFileExport } from '../files/useMeetingFileExport';
import { MinutesEditor } from '../minutes/MinutesEditor';
import { useAutosave } from '../minutes/useAutosave';
import { useMinutesEditor } from '../minutes/useMinutesEditor';
import { MeetingHeader } from './MeetingHeader';

export function MeetingPage({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ meeting: Meeting; minutes: MinutesDoc } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    Promise.all([api.call('meetings:get', { id: meetingId }), api.call('minutes:get', { meetingId })]).then(
      ([meeting, minutes]) => live && setLoaded({ meeting, minutes }),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [meetingId, attempt]);

  if (!loaded || loaded.meeting.id !== meetingId) {
    return (
      <main className="page">
        {error !== null ? <ErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} /> : <p className="muted">{t('common.loading')}</p>}
      </main>
    );
  }
  return <Workspace key={meetingId} meeting={loaded.meeting} minutes={loaded.minutes} />;
}

function Workspace({ meeting, minutes }: { meeting: Meeting; minutes: MinutesDoc }) {
  const { t } = useTranslation();
  const editor = useMinutesEditor(minutes.content, t('editor.label'));
  const review = useReview(meeting.id);
  const { conclusionsSaved } = review;
  const onSaved = useCallback((content: RichDoc) => conclusionsSaved(conclusionsText(content)), [conclusionsSaved]);
  const status = useAutosave({ editor, meetingId: meeting.id, revision: minutes.revision, onSaved });
  const { units } = useDirectory();
  const [exporting, setExporting] = useState(false);
  const meetingFile = useMeetingFileExport(meeting.id);
  const { exportFile } = meetingFile;

  // The menu's "Xuất cuộc họp…" means the meeting on screen, so this page answers it.
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'meeting:export') void exportFile();
      }),
    [exportFile],
  );

  return (
    <main className="page page-meeting">
      <MeetingHeader meeting={meeting}>
        <button type="button" className="button-primary" onClick={() => setExporting(true)}>
          {t('export.title')}
        </button>
        <button type="button" className="button-secondary" disabled={meetingFile.busy} onClick={() => void exportFile()}>
          {meetingFile.busy ? t('files.exporting') : t('files.export')}
        </button>
      </MeetingHeader>
      {meetingFile.error !== null && <ErrorNotice error={meetingFile.error} />}
      {exporting && <ExportDialog meetingId={meeting.id} onClose={() => setExporting(false)} />}
      <div className="workspace">
        <MinutesEditor editor={editor} status={status} />
        <ReviewPanel editor={editor} review={review} unitNames={unitNames(units)} />
      </div>
    </main>
  );
}
