// "Xuất tệp cuộc họp": fetches the meeting as a portable file (`meetings:exportFile`) and hands it to the
// browser's downloads (in Electron, its own save dialog for downloads).
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { downloadFile } from './download';

export function useMeetingFileExport(meetingId: number) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const exportFile = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.call('meetings:exportFile', { id: meetingId });
      downloadFile(file.fileName, file.content, 'json');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [meetingId]);

  return { exportFile, busy, error };
}
