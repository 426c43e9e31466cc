/**
 * The ordered list of schema migrations. Each migration's number is the `user_version` the
 * database has once it is applied. Files never change once landed: add a new one instead.
 *
 * A migration is SQL only. Derived data that SQL cannot compute (the search index holds text
 * folded in code) is not rebuilt by the migration: it declares which derived data its change
 * invalidates, and the opener (connection.ts) rebuilds each kind once, with the code of the
 * running app, after the SQL of every pending migration and in the same transaction. So a
 * landed migration never calls code that keeps changing, and a rebuild always runs against the
 * latest schema.
 */
import { readFileSync } from 'node:fs';

/**
 * Data stored in the database but computed from the catalogue tables in code:
 * - `search-index`: the documents of the full-text index `organisation_fts` (search/indexer.ts);
 * - `search-data`: the search engine's stored arrays, names and name order (search/search-data.ts).
 */
export type DerivedData = 'search-index' | 'search-data';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Derived data this migration's change invalidates, rebuilt by the opener afterwards. */
  rebuilds?: readonly DerivedData[];
}

function load(version: number, file: string, rebuilds?: readonly DerivedData[]): Migration {
  return {
    version,
    name: file,
    sql: readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'),
    ...(rebuilds === undefined ? {} : { rebuilds }),
  };
}

export const MIGRATIONS: readonly Migration[] = [
  load(1, '001-initial.sql'),
  load(2, '002-taxonomy-meta.sql'),
  load(3, '003-feed-cache.sql'),
  load(4, '004-facet-covering-indexes.sql'),
  load(5, '005-search-index-rebuild.sql', ['search-index', 'search-data']),
  load(6, '006-search-plain-spellings.sql', ['search-index', 'search-data']),
  load(7, '007-reserved-for-13.sql'), // #13's 007-change-sets.sql replaces this stand-in
  load(8, '008-event-date-precision.sql'),
];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
