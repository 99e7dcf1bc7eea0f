// Migration 1: the first schema creates every table the later features rely on, with its constraints.
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../electron/db/connection';
import { migration0001 } from '../../../electron/db/migrations/0001_init';

describe('migration 0001_init', () => {
  it('upgrades an empty database to version 1 with every table', () => {
    const db = openDatabase(':memory:', { migrations: [] });
    migrate(db, [migration0001]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual([
      'action_item_parties', 'action_items', 'agenda_items', 'attendees', 'audit_log', 'conclusions', 'deadline_changes',
      'document_numbers', 'meetings', 'minutes', 'organization', 'people', 'progress_updates', 'sign_offs', 'units',
    ]);
    db.close();
  });

  it('enforces the domain constraints: regime, presence, review state, deadline kind, one number per period', () => {
    const db = openDatabase(':memory:', { migrations: [migration0001] });
    expect(() => db.prepare("INSERT INTO organization (id, regime, updated_at) VALUES (1, 'company', 't')").run()).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO meetings (id, title, title_key, start_at, chair, secretary, created_at, updated_at) VALUES (1, 'a', 'a', '2020-01-01T08:00', '{}', '{}', 't', 't')",
    ).run();
    expect(() => db.prepare("INSERT INTO attendees (meeting_id, position, presence) VALUES (1, 0, 'late')").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO action_items (meeting_id, review, task, deadline_kind, created_at, updated_at) VALUES (1, 'maybe', 't', 'none', 't', 't')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO action_items (meeting_id, review, task, deadline_kind, created_at, updated_at) VALUES (1, 'accepted', 't', 'someday', 't', 't')").run(),
    ).toThrow(/CHECK/);
    const number = db.prepare("INSERT INTO document_numbers (doc_type, period_key, number, issued_on, created_at) VALUES ('notice', '2020', 1, '2020-06-11', 't')");
    number.run();
    expect(() => number.run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('cascades a meeting delete to its attendees, minutes and action items', () => {
    const db = openDatabase(':memory:', { migrations: [migration0001] });
    db.exec(`
      INSERT INTO meetings (id, title, title_key, start_at, chair, secretary, created_at, updated_at) VALUES (1, 'a', 'a', '2020-01-01T08:00', '{}', '{}', 't', 't');
      INSERT INTO attendees (meeting_id, position, presence) VALUES (1, 0, 'present');
      INSERT INTO minutes (meeting_id, content, plain_text, updated_at) VALUES (1, '{}', '', 't');
      INSERT INTO action_items (id, meeting_id, review, task, deadline_kind, created_at, updated_at) VALUES (7, 1, 'accepted', 't', 'none', 't', 't');
      INSERT INTO action_item_parties (action_item_id, role, position, name) VALUES (7, 'lead', 0, 'Sở Y tế');
      DELETE FROM meetings WHERE id = 1;
    `);
    for (const table of ['attendees', 'minutes', 'action_items', 'action_item_parties']) {
      expect(db.prepare(`SELECT count(*) n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });
});
