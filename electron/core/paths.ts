// Where the app keeps its data. Computed without Electron so the CLI and browser mode open the very
// file the desktop app uses: Electron's userData is <appData>/<productName>.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Biên Bản';
export const DATABASE_FILE = 'bien-ban.sqlite';

export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
}

export const userDataDir = () => path.join(appDataDir(), PRODUCT_NAME);
export const defaultDatabasePath = () => path.join(userDataDir(), DATABASE_FILE);

/** Where browser mode and the CLI save exported documents: Documents/Biên Bản when there is a Documents folder. */
export function defaultExportDir(databasePath: string): string {
  const documents = path.join(os.homedir(), 'Documents');
  return fs.existsSync(documents) ? path.join(documents, PRODUCT_NAME) : path.join(path.dirname(databasePath), 'exports');
}
