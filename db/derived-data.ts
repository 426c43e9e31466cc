/**
 * Rebuilding the derived data a migration declares it invalidates (migrations/index.ts), with
 * the code of the running app. The opener runs it after the SQL of every pending migration, in
 * the migrations' transaction: the database moves to the new schema with its derived data, or
 * stays as it was.
 */
import type { DerivedData } from './migrations/index';
import { createSearchIndexer } from './search/indexer';
import { computeSearchData, saveSearchData } from './search/search-data';
import { searchTaxonomy } from './search/taxonomy-lookup';
import type { Db } from './sqlite';
import { reindexAll } from './store/search-documents';
import { loadTaxonomy } from './taxonomy';

/** Each kind's rebuild from the catalogue tables, in the order they run. */
const REBUILDS: readonly (readonly [DerivedData, (db: Db) => void])[] = [
  [
    'search-index',
    (db) => {
      const taxonomy = loadTaxonomy();
      reindexAll(db, createSearchIndexer(db, taxonomy), taxonomy);
    },
  ],
  [
    'search-data',
    (db) => {
      saveSearchData(db, computeSearchData(db, searchTaxonomy(loadTaxonomy())));
    },
  ],
];

/** Runs the rebuild of each kind in `kinds` once. Call inside the caller's transaction. */
export function rebuildDerivedData(db: Db, kinds: ReadonlySet<DerivedData>): void {
  for (const [kind, rebuild] of REBUILDS) if (kinds.has(kind)) rebuild(db);
}
