/**
 * Locale-aware name order ("ch" after "h" in Czech, "Č" after "C"), computed once per locale
 * with Intl.Collator and kept as a rank per organisation slot, so sorting a match set by name
 * is an integer comparison.
 */
import type { Db } from '../sqlite';
import { readRows } from './bulk-read';
import type { CatalogueArrays } from './catalogue-arrays';

export interface NameOrder {
  /** rank[slot]: position of the organisation's name in the locale's order. */
  rank: Int32Array;
}

const collators = new Map<string, Intl.Collator>();

/** A cached collator for a locale (creating one costs more than a whole small search). */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (collator === undefined) {
    try {
      collator = new Intl.Collator(locale, { numeric: true });
    } catch {
      // An unknown or malformed locale tag: fall back to English rather than fail a search.
      collator = new Intl.Collator('en', { numeric: true });
    }
    if (collators.size < 100) collators.set(locale, collator);
  }
  return collator;
}

export function loadNames(db: Db, arrays: CatalogueArrays): string[] {
  const names: string[] = new Array<string>(arrays.size).fill('');
  const rows = readRows<[number, string]>(db, 'SELECT rid, name FROM organisation', [
    'rid',
    'name',
  ]);
  for (const [rid, name] of rows) {
    const slot = arrays.slotOfRid[rid] ?? -1;
    if (slot >= 0) names[slot] = name;
  }
  return names;
}

/**
 * Ranks by the locale's name order. `hint`, an order close to it (search-data.ts), makes the
 * sort far cheaper: the engine's merge sort takes sorted runs as they come.
 */
export function computeNameOrder(
  names: readonly string[],
  locale: string,
  hint?: Int32Array,
): NameOrder {
  const collator = collatorFor(locale);
  const order =
    hint?.length === names.length
      ? Array.from(hint)
      : Array.from({ length: names.length }, (_, i) => i);
  order.sort((a, b) => collator.compare(names[a] ?? '', names[b] ?? '') || a - b);
  const rank = new Int32Array(names.length);
  order.forEach((slot, position) => {
    rank[slot] = position;
  });
  return { rank };
}
