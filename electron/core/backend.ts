// Assembles the backend from a database path: open and migrate the file, build the services, and
// return the dispatcher. Shared by the Electron main process, browser mode and the CLI.
import { openDatabase, type Db } from '../db/connection';
import { createContext, type RuntimeInfo } from './context';
import { createDispatcher, type Dispatch, type Logger } from './dispatcher';
import { createHandlers } from './services';

export type Backend = { db: Db; dispatch: Dispatch; context: ReturnType<typeof createContext>; close(): void };

export const consoleLogger: Logger = {
  error: (message, detail) => console.error(`[bien-ban] ${message}`, detail instanceof Error ? detail.stack : (detail ?? '')),
};

export function openBackend(info: RuntimeInfo, options: { now?: () => Date; log?: Logger; nativeBinding?: string } = {}): Backend {
  const db = openDatabase(info.databasePath, { now: options.now, nativeBinding: options.nativeBinding });
  const context = createContext(db, info, options.now);
  const dispatch = createDispatcher(createHandlers(context), options.log ?? consoleLogger);
  return { db, dispatch, context, close: () => db.close() };
}
