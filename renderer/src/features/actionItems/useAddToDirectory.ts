// Lets the secretary add a party the extractor found (a unit it recognised by shape) to the units directory
// from the review panel, so the next extraction and the autocomplete know it. Names compare folded (case,
// diacritics, đ), as the directory itself does.
import { useCallback, useMemo, useState } from 'react';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import { api } from '../../api/client';

export function useAddToDirectory(directoryNames: string[]) {
  const [added, setAdded] = useState<string[]>([]);
  const names = useMemo(() => [...new Set([...directoryNames, ...added])], [directoryNames, added]);
  const known = useMemo(() => new Set(names.map(foldForSearch)), [names]);
  const isKnown = useCallback((name: string) => known.has(foldForSearch(name)), [known]);
  const add = useCallback(async (name: string) => {
    const unit = await api.call('units:create', { name, shortName: '', aliases: [] });
    setAdded((list) => [...list, unit.name]);
  }, []);
  return { names, isKnown, add };
}
