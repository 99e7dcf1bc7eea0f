// Opens the one SQLite file: checks it is ours and healthy, backs it up before migrating, applies
// numbered migrations in transactions, and refuses a database written by a newer app.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { latestVersion, migrations } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\0';

/** Where automatic backups of a database file go: a `backups` folder beside it. */
export const backupDirFor = (file: string) => path.join(path.dirname(file), 'backups');

/** The newest backup of this file, to name in error messages. */
export function latestBackup(file: string): string | null {
  const dir = backupDirFor(file);
  if (!fs.existsSync(dir)) return null;
  const base = path.basename(file, path.extname(file));
  const candidates = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(base) && f.endsWith('.sqlite'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return candidates[0] ?? null;
}

function damaged(file: string, detail: string): AppError {
  const backup = latestBackup(file);
  const restore = backup
    ? `Khôi phục từ bản sao lưu / Restore from the backup: ${backup}`
    : 'Không có bản sao lưu tự động / No automatic backup exists';
  return new AppError(
    'IO',
    `Tệp dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu Biên Bản / The data file is damaged or is not a Biên Bản database: ${file} (${detail}). ${restore}.`,
  );
}

function checkHeader(file: string) {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    if (n > 0 && buf.toString('latin1', 0, n) !== SQLITE_HEADER.slice(0, n)) throw damaged(file, 'not SQLite');
    if (n > 0 && n < 16) throw damaged(file, 'truncated');
  } finally {
    fs.closeSync(fd);
  }
}

/** A consistent copy of an open database (VACUUM INTO works inside WAL mode without stopping writers). */
export function backupTo(db: Db, target: string) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (fs.existsSync(target)) fs.rmSync(target);
  db.prepare('VACUUM INTO ?').run(target);
}

export function migrate(db: Db, list: readonly Migration[] = migrations) {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of list) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export type OpenOptions = {
  now?: () => Date;
  migrations?: readonly Migration[];
  /** The Electron-ABI build of better-sqlite3 (dist/native), when running inside Electron. */
  nativeBinding?: string;
};

/** Opens (creating if needed) and migrates the database at `file`; `:memory:` for tests. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const list = options.migrations ?? migrations;
  const target = list.length ? list[list.length - 1].version : latestVersion;
  const inMemory = file === ':memory:';
  const existed = !inMemory && fs.existsSync(file) && fs.statSync(file).size > 0;
  if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (existed) checkHeader(file);

  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    throw damaged(file, (e as Error).message);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // FULL: a save survives a power cut, not just a crash of the app. Saves come about once a second, so
    // the extra fsync costs nothing a secretary would notice.
    db.pragma('synchronous = FULL');
    if (existed) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw damaged(file, String(check));
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > target) {
      throw new AppError(
        'CONFLICT',
        `Tệp dữ liệu được tạo bởi phiên bản Biên Bản mới hơn (lược đồ ${version} > ${target}); hãy cập nhật ứng dụng / The data file was written by a newer version of Biên Bản (schema ${version} > ${target}); update the app: ${file}`,
      );
    }
    if (existed && version > 0 && version < target) {
      const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
      backupTo(db, path.join(backupDirFor(file), `${path.basename(file, path.extname(file))}-v${version}-${stamp}.sqlite`));
    }
    migrate(db, list);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    if ((e as { code?: string }).code?.startsWith('SQLITE_CORRUPT') || (e as { code?: string }).code === 'SQLITE_NOTADB') {
      throw damaged(file, (e as Error).message);
    }
    throw e;
  }
}
