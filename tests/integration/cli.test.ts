// The command line as a user runs it (the built dist/, so run `npm run build` first; `npm test` does):
// database check, backup and restore, meeting files, Word export, and one-line errors on stderr.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const root = path.resolve(__dirname, '../..');
const cliPath = path.join(root, 'dist/electron/cli/index.js');
const seedFile = path.join(root, 'tests/fixtures/seed-meeting.json');

beforeAll(() => {
  if (!fs.existsSync(cliPath)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { input, encoding: 'utf8', env: { ...process.env, HOME: tempDir() } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout.trim().split('\n').at(-1)!) };
}

describe('cli', () => {
  it('imports the seed meeting, exports both documents and the meeting file', () => {
    const dir = tempDir();
    const db = path.join(dir, 'data.sqlite');
    const imported = cli(['import', '--db', db, seedFile]);
    expect(imported.status).toBe(0);
    const { meetingId } = imported.json();
    expect(meetingId).toBe(1);
    const notice = cli(['export', '--db', db, '--meeting', '1', '--kind', 'notice', '--out', path.join(dir, 'tb.docx')]);
    expect(notice.json()).toEqual({ path: path.join(dir, 'tb.docx'), number: '01-TB/TBTT' });
    const minutes = cli(['export', '--db', db, '--meeting', '1', '--kind', 'minutes', '--regime', 'state', '--draft', '--out', path.join(dir, 'bb.docx')]);
    expect(minutes.json()).toEqual({ path: path.join(dir, 'bb.docx'), number: null });
    expect(fs.readFileSync(path.join(dir, 'bb.docx')).subarray(0, 2).toString()).toBe('PK');
    const file = cli(['export-meeting', '--db', db, '--meeting', '1', '--out', path.join(dir, 'm.json')]);
    expect(file.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'm.json'), 'utf8')).meeting).toEqual(JSON.parse(fs.readFileSync(seedFile, 'utf8')).meeting);
  });

  it('checks, backs up and restores a database', () => {
    const dir = tempDir();
    const db = path.join(dir, 'data.sqlite');
    cli(['import', '--db', db, seedFile]);
    expect(cli(['db', 'check', '--db', db]).json()).toMatchObject({ ok: true, schemaVersion: 1 });
    expect(cli(['db', 'backup', '--db', db, '--out', path.join(dir, 'copy.sqlite')]).status).toBe(0);
    cli(['import', '--db', db, seedFile]);
    const restored = cli(['db', 'restore', '--db', db, path.join(dir, 'copy.sqlite')]);
    expect(restored.status).toBe(0);
    expect(fs.existsSync(restored.json().previous)).toBe(true);
    const check = cli(['export-meeting', '--db', db, '--meeting', '2', '--out', path.join(dir, 'x.json')]);
    expect(check.status).not.toBe(0); // meeting 2 was imported after the backup
    expect(check.stderr).toMatch(/Không tìm thấy cuộc họp số 2/);
  });

  it('reports a damaged database with exit 1 and a file that is not a database by name', () => {
    const dir = tempDir();
    const db = path.join(dir, 'data.sqlite');
    cli(['import', '--db', db, seedFile]);
    const bytes = fs.readFileSync(db);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 4));
    fs.writeFileSync(db, bytes);
    fs.rmSync(`${db}-wal`, { force: true });
    const check = cli(['db', 'check', '--db', db]);
    expect(check.status).toBe(1);
    expect(check.json().ok).toBe(false);
    const notDb = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(notDb, 'Biên bản họp ngày 11/6'.repeat(100));
    const open = cli(['export-meeting', '--db', notDb, '--meeting', '1', '--out', path.join(dir, 'x.json')]);
    expect(open.status).toBe(1);
    expect(open.stderr.trim().split('\n')).toHaveLength(1);
    expect(open.stderr).toContain(notDb);
  });

  it('refuses an invalid meeting file with the JSON path, one line on stderr, and a non-zero exit', () => {
    const dir = tempDir();
    const bad = JSON.parse(fs.readFileSync(seedFile, 'utf8'));
    bad.meeting.attendees[1].presence = 'late';
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(bad));
    const r = cli(['import', '--db', path.join(dir, 'data.sqlite'), path.join(dir, 'bad.json')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('meeting.attendees[1].presence');
  });

  it('speaks the extractor JSON Lines protocol', () => {
    const input = [
      JSON.stringify({ id: 'a', doc_date: '2024-03-01', text: 'Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch, trình UBND tỉnh trước ngày 30/6.' }),
      JSON.stringify({ id: 'b', doc_date: null, text: 'Hội nghị nhất trí với báo cáo.' }),
    ].join('\n');
    const r = cli(['extract', '--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].items).toEqual([
      expect.objectContaining({ lead: ['Sở Y tế'], support: ['Sở Tài chính'], deadline: { text: expect.stringContaining('30/6'), kind: 'date', iso: '2024-06-30' } }),
    ]);
    expect(lines[1].items).toEqual([]);
  });

  it('rejects unknown commands and missing values in one line', () => {
    for (const args of [['frobnicate'], ['export', '--out']]) {
      const r = cli(args);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
