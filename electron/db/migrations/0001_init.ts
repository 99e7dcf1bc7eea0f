// Migration 1: the first schema. Released migrations never change; later changes are new files.
// Designed for the later features: extraction (action items with source spans and review state),
// sign-off (versioned conclusion snapshots with hashes), tracking (progress updates, deadline changes that
// keep the original deadline) and export (the document number register).
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE organization (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        regime      TEXT NOT NULL CHECK (regime IN ('state', 'party')),
        parent      TEXT NOT NULL DEFAULT '',
        name        TEXT NOT NULL DEFAULT '',
        symbol      TEXT NOT NULL DEFAULT '',
        place       TEXT NOT NULL DEFAULT '',
        term_start  TEXT,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE units (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        short_name  TEXT NOT NULL DEFAULT '',
        aliases     TEXT NOT NULL DEFAULT '[]',   -- JSON array of other spellings
        name_key    TEXT NOT NULL UNIQUE,          -- folded name: one entry per unit
        created_at  TEXT NOT NULL
      );

      CREATE TABLE people (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        title       TEXT NOT NULL DEFAULT '',
        unit        TEXT NOT NULL DEFAULT '',
        unit_id     INTEGER REFERENCES units(id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (name, title, unit)
      );

      CREATE TABLE meetings (
        id              INTEGER PRIMARY KEY,
        title           TEXT NOT NULL,
        title_key       TEXT NOT NULL,             -- folded title for diacritic-insensitive search
        kind            TEXT NOT NULL DEFAULT '',
        start_at        TEXT NOT NULL,             -- local YYYY-MM-DDTHH:MM
        end_at          TEXT,
        location        TEXT NOT NULL DEFAULT '',
        chair           TEXT NOT NULL,             -- JSON {name, title, signingTitle, authority}
        secretary       TEXT NOT NULL,             -- JSON {name, title}
        recipients      TEXT NOT NULL DEFAULT '[]',-- JSON array, "Nơi nhận" without "Lưu"
        status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX meetings_by_start ON meetings (start_at DESC, id DESC);

      -- The attendance as recorded at the meeting: names and titles are kept as written then.
      CREATE TABLE attendees (
        id          INTEGER PRIMARY KEY,
        meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        person_id   INTEGER REFERENCES people(id) ON DELETE SET NULL,
        unit_id     INTEGER REFERENCES units(id) ON DELETE SET NULL,
        name        TEXT NOT NULL DEFAULT '',
        title       TEXT NOT NULL DEFAULT '',
        unit        TEXT NOT NULL DEFAULT '',
        presence    TEXT NOT NULL CHECK (presence IN ('present', 'absent', 'substitute')),
        note        TEXT NOT NULL DEFAULT '',
        UNIQUE (meeting_id, position)
      );

      CREATE TABLE agenda_items (
        id          INTEGER PRIMARY KEY,
        meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        UNIQUE (meeting_id, position)
      );

      -- The working copy of the minutes, saved while typing.
      CREATE TABLE minutes (
        meeting_id  INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        content     TEXT NOT NULL,                 -- Tiptap JSON
        plain_text  TEXT NOT NULL,
        revision    INTEGER NOT NULL DEFAULT 0,
        updated_at  TEXT NOT NULL
      );

      -- Frozen snapshots of the conclusions: version 1 is what the chair signed, later ones are amendments.
      CREATE TABLE conclusions (
        id            INTEGER PRIMARY KEY,
        meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        version       INTEGER NOT NULL,
        content       TEXT NOT NULL,               -- Tiptap JSON of the Kết luận section
        plain_text    TEXT NOT NULL,
        content_hash  TEXT NOT NULL,               -- SHA-256 of the canonical content
        created_at    TEXT NOT NULL,
        UNIQUE (meeting_id, version)
      );

      CREATE TABLE sign_offs (
        id              INTEGER PRIMARY KEY,
        meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        conclusion_id   INTEGER NOT NULL REFERENCES conclusions(id),
        kind            TEXT NOT NULL CHECK (kind IN ('signoff', 'amendment')),
        signer_name     TEXT NOT NULL,
        signer_title    TEXT NOT NULL DEFAULT '',
        content_hash    TEXT NOT NULL,
        note            TEXT NOT NULL DEFAULT '',
        signed_at       TEXT NOT NULL
      );

      CREATE TABLE action_items (
        id                INTEGER PRIMARY KEY,
        meeting_id        INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        review            TEXT NOT NULL CHECK (review IN ('accepted', 'rejected')),
        task              TEXT NOT NULL,
        deadline_kind     TEXT NOT NULL CHECK (deadline_kind IN ('date', 'period', 'event', 'recurring', 'ongoing', 'asap', 'none')),
        deadline_text     TEXT,
        deadline_date     TEXT,                    -- the deadline in force (after extensions)
        original_date     TEXT,                    -- the deadline first set, kept through extensions
        source_start      INTEGER,                 -- span in the conclusions' plain text
        source_end        INTEGER,
        source_text       TEXT,                    -- the sentence as it was when reviewed
        completed_on      TEXT,                    -- set by the progress update that completes it
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      );
      CREATE INDEX action_items_by_meeting ON action_items (meeting_id);
      CREATE INDEX action_items_by_due ON action_items (deadline_date);

      -- Lead (chủ trì) and supporting (phối hợp) parties, one row each, in their written order.
      CREATE TABLE action_item_parties (
        action_item_id  INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        role            TEXT NOT NULL CHECK (role IN ('lead', 'support')),
        position        INTEGER NOT NULL,
        name            TEXT NOT NULL,
        unit_id         INTEGER REFERENCES units(id) ON DELETE SET NULL,
        PRIMARY KEY (action_item_id, role, position)
      );
      CREATE INDEX action_item_parties_by_unit ON action_item_parties (unit_id);

      CREATE TABLE progress_updates (
        id                INTEGER PRIMARY KEY,
        action_item_id    INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        reported_on       TEXT NOT NULL,
        note              TEXT NOT NULL,
        document_number   TEXT,                    -- official document reporting it, if any
        completes         INTEGER NOT NULL DEFAULT 0 CHECK (completes IN (0, 1)),
        created_at        TEXT NOT NULL
      );

      CREATE TABLE deadline_changes (
        id                INTEGER PRIMARY KEY,
        action_item_id    INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        previous_kind     TEXT NOT NULL,
        previous_text     TEXT,
        previous_date     TEXT,
        new_kind          TEXT NOT NULL,
        new_text          TEXT,
        new_date          TEXT,
        reason            TEXT NOT NULL DEFAULT '',
        document_number   TEXT,
        changed_on        TEXT NOT NULL,
        created_at        TEXT NOT NULL
      );

      -- Issued document numbers: unique within a period (a calendar year for state bodies, a term for Party).
      CREATE TABLE document_numbers (
        id            INTEGER PRIMARY KEY,
        doc_type      TEXT NOT NULL,               -- 'minutes', 'notice', 'report'
        period_key    TEXT NOT NULL,
        number        INTEGER NOT NULL,
        meeting_id    INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        issued_on     TEXT NOT NULL,
        file_hash     TEXT,
        created_at    TEXT NOT NULL,
        UNIQUE (doc_type, period_key, number)
      );
      CREATE INDEX document_numbers_by_meeting ON document_numbers (meeting_id, doc_type);

      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        action      TEXT NOT NULL,                 -- 'meeting.create', 'actionItem.accept', …
        entity      TEXT NOT NULL,
        entity_id   INTEGER,
        detail      TEXT NOT NULL DEFAULT '{}'     -- JSON
      );
      CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
    `);
  },
};
