// Units and people of the organisation's directory, for autocomplete in the meeting form and the review
// panel. Loaded once per screen; the backend adds new names on save, so a stale list only means fewer hints.
import { useEffect, useState } from 'react';
import type { Person, Unit } from '../../../../shared/domain/types';
import { api } from '../../api/client';

export function useDirectory(): { units: Unit[]; people: Person[] } {
  const [units, setUnits] = useState<Unit[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    let live = true;
    // Hints are optional: a failure here must not block the screen.
    api.call('units:list', {}).then((u) => live && setUnits(u), () => {});
    api.call('people:list', {}).then((p) => live && setPeople(p), () => {});
    return () => {
      live = false;
    };
  }, []);
  return { units, people };
}

/** Every name a unit is known by, for suggestion lists. */
export const unitNames = (units: Unit[]): string[] =>
  [...new Set(units.flatMap((u) => [u.name, ...(u.shortName ? [u.shortName] : [])]))].sort((a, b) => a.localeCompare(b, 'vi'));
