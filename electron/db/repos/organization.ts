// The organisation profile: one row, created on first read with the Party regime's empty defaults.
import type { Organization } from '../../../shared/domain/types';
import type { Db } from '../connection';

type Row = { regime: 'state' | 'party'; parent: string; name: string; symbol: string; place: string; term_start: string | null };

const DEFAULT: Organization = { regime: 'state', parent: '', name: '', symbol: '', place: '', termStart: null };

export function makeOrganizationRepo(db: Db) {
  const select = db.prepare<[], Row>('SELECT regime, parent, name, symbol, place, term_start FROM organization WHERE id = 1');
  const upsert = db.prepare(
    `INSERT INTO organization (id, regime, parent, name, symbol, place, term_start, updated_at)
     VALUES (1, @regime, @parent, @name, @symbol, @place, @termStart, @now)
     ON CONFLICT (id) DO UPDATE SET regime = excluded.regime, parent = excluded.parent, name = excluded.name,
       symbol = excluded.symbol, place = excluded.place, term_start = excluded.term_start, updated_at = excluded.updated_at`,
  );
  return {
    /** False until the profile is first saved (by the settings dialog or a first import). */
    isSet: () => select.get() !== undefined,
    get(): Organization {
      const row = select.get();
      if (!row) return DEFAULT;
      return { regime: row.regime, parent: row.parent, name: row.name, symbol: row.symbol, place: row.place, termStart: row.term_start };
    },
    save(org: Organization, now: string): Organization {
      upsert.run({ ...org, now });
      return this.get();
    },
  };
}
export type OrganizationRepo = ReturnType<typeof makeOrganizationRepo>;
