/**
 * Fuzzy, diacritic-insensitive filtering of a facet's values ("kosice" finds "Košický kraj",
 * "bavria" finds "Bayern"/"Bavaria"). fuse.js fits lists of a few thousand short labels; it is
 * never used on the catalogue itself (that is the search engine's job).
 */
import Fuse from 'fuse.js';

export interface Filterable {
  id: string;
  label: string;
  /** More names to match (a region's Latin name, its code). */
  alt?: string;
}

export function createFuzzyFilter<T extends Filterable>(items: readonly T[]): (q: string) => T[] {
  const fuse = new Fuse(items, {
    keys: [
      { name: 'label', weight: 2 },
      { name: 'alt', weight: 1 },
      { name: 'id', weight: 0.5 },
    ],
    ignoreDiacritics: true,
    ignoreLocation: true,
    threshold: 0.34,
  });
  return (q: string) => {
    const query = q.trim();
    if (query === '') return [...items];
    return fuse.search(query, { limit: 200 }).map((r) => r.item);
  };
}
