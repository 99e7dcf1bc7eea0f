// Assembles the backend from a database path: open and migrate the file, build the services, and
// return the dispatcher. Shared by the Electron main process, browser mode and the CLI.
import { openDatabase, type Db } from '../db/connection';
import { createContext, type RuntimeInfo } from './context';
import { folderFilePort, type FilePort } from './files';
import { defaultExportDir } from './paths';
import { createDispatcher, type Dispatch, type Logger } from './dispatcher';
import { createHandlers } from './services';

export type Backend = { db: Db; dispatch: Dispatch; context: ReturnType<typeof createContext>; close(): void };

export const consoleLogger: Logger = {
  error: (message, detail) => console.error(`[bien-ban] ${message}`, detail instanceof Error ? detail.stack : (detail ?? '')),
};

export type BackendOptions = { now?: () => Date; log?: Logger; nativeBinding?: string; files?: FilePort };

export function openBackend(info: RuntimeInfo, options: BackendOptions = {}): Backend {
  const db = openDatabase(info.databasePath, { now: options.now, nativeBinding: options.nativeBinding });
  const files = options.files ?? folderFilePort(defaultExportDir(info.databasePath));
  const context = createContext(db, info, files, options.now);
  const dispatch = createDispatcher(createHandlers(context), options.log ?? consoleLogger);
  return { db, dispatch, context, close: () => db.close() };
}
