// Integrity check, backup and restore of a database file, for the CLI and the app's menu.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { backupDirFor, backupTo, openDatabase } from './connection';
import { latestVersion } from './migrations';

export type CheckReport = { file: string; ok: boolean; schemaVersion: number; problems: string[] };

/** Reads the file without changing it: SQLite header, full integrity check, foreign keys, schema version. */
export function checkDatabase(file: string): CheckReport {
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Không có tệp dữ liệu / No such database file: ${file}`);
  const problems: string[] = [];
  let schemaVersion = 0;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(row.integrity_check);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`${fk.length} foreign key violations`);
    schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > latestVersion) problems.push(`schema ${schemaVersion} is newer than this app (${latestVersion})`);
  } catch (e) {
    problems.push((e as Error).message);
  } finally {
    db?.close();
  }
  return { file, ok: problems.length === 0, schemaVersion, problems };
}

/** A consistent copy of the database at `file` (opened and migrated if needed) written to `out`. */
export function backupDatabase(file: string, out: string) {
  const db = openDatabase(file);
  try {
    backupTo(db, path.resolve(out));
  } finally {
    db.close();
  }
}

/**
 * Replaces the database at `file` with `source` after checking `source` is healthy; the current file
 * is first copied into the backups folder so a wrong restore can itself be undone.
 */
export function restoreDatabase(file: string, source: string, now: Date = new Date()): { previous: string | null } {
  const report = checkDatabase(source);
  if (!report.ok) {
    throw new AppError('VALIDATION', `Bản sao lưu không dùng được / The backup is not usable: ${source}: ${report.problems.join('; ')}`);
  }
  let previous: string | null = null;
  if (fs.existsSync(file)) {
    previous = path.join(backupDirFor(file), `${path.basename(file, path.extname(file))}-before-restore-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
    fs.mkdirSync(path.dirname(previous), { recursive: true });
    try {
      const db = openDatabase(file);
      try {
        backupTo(db, previous);
      } finally {
        db.close();
      }
    } catch {
      fs.copyFileSync(file, previous); // a damaged file is kept byte for byte
    }
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(source, file);
  openDatabase(file).close(); // migrates an older backup to the current schema
  return { previous };
}
