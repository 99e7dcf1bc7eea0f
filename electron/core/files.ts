// The file port: where exported files go and how they are opened. Electron supplies a save dialog and
// shell.openPath; browser mode, the CLI and tests write into a folder and open with the system's opener.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type FilePort = {
  /** A path to save `suggestedName` to, or null when the user cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Opens a saved file in the system's default application (Word, LibreOffice …). */
  openPath(file: string): Promise<void>;
};

/** Writes through a temporary file and a rename, so a full disk never leaves half a document behind. */
export function writeFileAtomic(file: string, bytes: Uint8Array) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    throw e;
  }
}

/** Characters Windows refuses in file names, and control characters, become spaces. */
export const safeFileName = (name: string) =>
  name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150) || 'van-ban';

export function folderFilePort(folder: string, opener: (file: string) => void = openWithSystem): FilePort {
  return {
    chooseSavePath: async (suggestedName) => path.join(folder, safeFileName(suggestedName)),
    openPath: async (file) => opener(file),
  };
}

function openWithSystem(file: string) {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', file]] : process.platform === 'darwin' ? ['open', [file]] : ['xdg-open', [file]];
  spawn(command, args, { detached: true, stdio: 'ignore' }).on('error', () => {}).unref();
}
