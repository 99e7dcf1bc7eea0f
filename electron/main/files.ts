// The file port inside Electron: a native save dialog opening in the user's Documents folder, and the
// system's default application (Word, LibreOffice) for opening a saved document.
import { app, dialog, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { FilePort } from '../core/files';
import { safeFileName } from '../core/files';

export function electronFilePort(window: () => BrowserWindow | null): FilePort {
  return {
    async chooseSavePath(suggestedName) {
      const options = {
        title: 'Lưu văn bản',
        defaultPath: path.join(app.getPath('documents'), safeFileName(suggestedName)),
        filters: [{ name: 'Word', extensions: [path.extname(suggestedName).slice(1) || 'docx'] }],
      };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openPath(file) {
      const problem = await shell.openPath(file);
      if (problem) throw new Error(problem);
    },
  };
}
