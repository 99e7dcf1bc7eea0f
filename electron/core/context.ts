// What every service is built from: the open database, its repositories, and an injected clock.
import type { Db } from '../db/connection';
import type { FilePort } from './files';
import { makeActionItemsRepo } from '../db/repos/actionItems';
import { makeAuditRepo } from '../db/repos/audit';
import { makeDirectoryRepo } from '../db/repos/directory';
import { makeDocumentNumbersRepo } from '../db/repos/documentNumbers';
import { makeMeetingsRepo } from '../db/repos/meetings';
import { makeMinutesRepo } from '../db/repos/minutes';
import { makeOrganizationRepo } from '../db/repos/organization';

export type RuntimeInfo = { version: string; databasePath: string; mode: 'electron' | 'browser' };

export function createContext(db: Db, info: RuntimeInfo, files: FilePort, now: () => Date = () => new Date()) {
  return {
    db,
    info,
    files,
    /** ISO timestamp for created/updated columns. */
    stamp: () => now().toISOString(),
    today: () => {
      const d = now();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    },
    repos: {
      organization: makeOrganizationRepo(db),
      directory: makeDirectoryRepo(db),
      meetings: makeMeetingsRepo(db),
      minutes: makeMinutesRepo(db),
      actionItems: makeActionItemsRepo(db),
      audit: makeAuditRepo(db),
      documentNumbers: makeDocumentNumbersRepo(db),
    },
  };
}
export type ServiceContext = ReturnType<typeof createContext>;
