// The units directory (sở, ban, ngành … with short names and aliases) and the people directory.
// A unit is identified by its folded name, so "Sở Y tế" and "sở y tế" are one entry.
import type { Person, PersonInput, Unit, UnitInput } from '../../../shared/domain/types';
import { foldForSearch } from '../../../shared/text/vietnamese';
import type { Db } from '../connection';

type UnitRow = { id: number; name: string; short_name: string; aliases: string };
const toUnit = (r: UnitRow): Unit => ({ id: r.id, name: r.name, shortName: r.short_name, aliases: JSON.parse(r.aliases) });

export function makeDirectoryRepo(db: Db) {
  const units = db.prepare<[], UnitRow>('SELECT id, name, short_name, aliases FROM units ORDER BY name COLLATE NOCASE');
  const unitByKey = db.prepare<[string], UnitRow>('SELECT id, name, short_name, aliases FROM units WHERE name_key = ?');
  const insertUnit = db.prepare(
    'INSERT INTO units (name, short_name, aliases, name_key, created_at) VALUES (@name, @shortName, @aliases, @key, @now)',
  );
  const people = db.prepare<[], Person>('SELECT id, name, title, unit FROM people ORDER BY name');
  const personByKey = db.prepare<[string, string, string], Person>('SELECT id, name, title, unit FROM people WHERE name = ? AND title = ? AND unit = ?');
  const insertPerson = db.prepare(
    'INSERT INTO people (name, title, unit, unit_id, created_at) VALUES (@name, @title, @unit, @unitId, @now)',
  );

  return {
    listUnits: (): Unit[] => units.all().map(toUnit),
    findUnit(name: string): Unit | null {
      const row = unitByKey.get(foldForSearch(name));
      return row ? toUnit(row) : null;
    },
    /** Adds the unit unless one with the same folded name exists; returns the stored entry. */
    ensureUnit(input: UnitInput, now: string): Unit {
      const existing = this.findUnit(input.name);
      if (existing) return existing;
      const { lastInsertRowid } = insertUnit.run({
        name: input.name,
        shortName: input.shortName,
        aliases: JSON.stringify(input.aliases),
        key: foldForSearch(input.name),
        now,
      });
      return { id: Number(lastInsertRowid), ...input };
    },
    listPeople: (): Person[] => people.all(),
    ensurePerson(input: PersonInput, now: string): Person {
      const existing = personByKey.get(input.name, input.title, input.unit);
      if (existing) return existing;
      const unitId = input.unit ? this.ensureUnit({ name: input.unit, shortName: '', aliases: [] }, now).id : null;
      const { lastInsertRowid } = insertPerson.run({ ...input, unitId, now });
      return { id: Number(lastInsertRowid), ...input };
    },
  };
}
export type DirectoryRepo = ReturnType<typeof makeDirectoryRepo>;
