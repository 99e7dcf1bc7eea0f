// The migration list itself: files and index agree, versions run 1, 2, 3 …, a newer database is refused,
// an existing file is backed up before migrating, and a damaged or foreign file is reported with the backup.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirFor, openDatabase } from '../../../electron/db/connection';
import { latestVersion, migrations } from '../../../electron/db/migrations';
import { tempDir } from '../../helpers';

const migrationsDir = path.join(__dirname, '../../../electron/db/migrations');

describe('migration index', () => {
  it('lists exactly the numbered files, in order, with versions 1..N matching their file numbers', () => {
    const files = fs.readdirSync(migrationsDir).filter((f) => /^\d{4}_.+\.ts$/.test(f)).sort();
    expect(migrations.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}.ts`)).toEqual(files);
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
    expect(latestVersion).toBe(migrations.length);
  });
});

describe('openDatabase', () => {
  it('creates a new file at the latest version with WAL and foreign keys on', () => {
    const file = path.join(tempDir(), 'nested', 'new.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    db.close();
    expect(fs.existsSync(backupDirFor(file))).toBe(false); // nothing to back up on a new file
  });

  it('refuses a database written by a newer app, naming the file', () => {
    const file = path.join(tempDir(), 'future.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer version of Biên Bản.*future\.sqlite/);
  });

  it('backs up an existing older file before migrating it', () => {
    const file = path.join(tempDir(), 'old.sqlite');
    const step = migrations.slice(0, 1);
    const noop = { version: 2, name: 'noop', up: () => {} };
    openDatabase(file, { migrations: step }).close();
    const db = openDatabase(file, { migrations: [...step, noop], now: () => new Date('2024-01-02T03:04:05Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    const backups = fs.readdirSync(backupDirFor(file));
    expect(backups).toEqual(['old-v1-2024-01-02T03-04-05-000Z.sqlite']);
    const copy = new Database(path.join(backupDirFor(file), backups[0]), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });

  it('rolls a failing migration back whole, leaving the version unchanged', () => {
    const file = path.join(tempDir(), 'fail.sqlite');
    openDatabase(file).close();
    const broken = {
      version: latestVersion + 1,
      name: 'broken',
      up: (db: Database.Database) => {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    expect(() => openDatabase(file, { migrations: [...migrations, broken] })).toThrow('boom');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('reports a file that is not SQLite with its path and the newest backup', () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.sqlite');
    fs.mkdirSync(backupDirFor(file));
    fs.writeFileSync(path.join(backupDirFor(file), 'data-v1-x.sqlite'), 'backup');
    fs.writeFileSync(file, 'this is a Word document, not a database'.repeat(10));
    expect(() => openDatabase(file)).toThrow(new RegExp(`not a Biên Bản database: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.*data-v1-x\\.sqlite`));
  });

  it('reports a damaged database (corrupted pages) instead of crashing', () => {
    const file = path.join(tempDir(), 'damaged.sqlite');
    const db = openDatabase(file);
    const insert = db.prepare("INSERT INTO audit_log (at, action, entity) VALUES ('t', ?, 'x')");
    for (let i = 0; i < 2000; i++) insert.run('a'.repeat(200));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6); // overwrite three pages in the middle, keep the header
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(/damaged.*damaged\.sqlite/);
  });
});
