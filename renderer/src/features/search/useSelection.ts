/**
 * The results ticked for export. The selection outlives a search: ticking rows of several
 * searches and exporting them together is how a contact list is put together.
 */
import { useCallback, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  /** Stable, as are `clear`: the memoised rows and search page take them. */
  toggle: (id: string) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const clear = useCallback(() => {
    setSelected(new Set());
  }, []);
  return { selected, toggle, clear };
}
