/**
 * The ordered list of schema migrations. Each migration's number is the `user_version` the
 * database has once it is applied. Files never change once landed: add a new one instead.
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../connection';
import { rebuildSearchData } from '../catalogue-store';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * A step in code after the SQL, in the same transaction: for derived data SQL cannot
   * compute (the search index holds text folded in code).
   */
  after?: (db: Db) => void;
}

function load(version: number, file: string, after?: (db: Db) => void): Migration {
  return {
    version,
    name: file,
    sql: readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'),
    ...(after === undefined ? {} : { after }),
  };
}

export const MIGRATIONS: readonly Migration[] = [
  load(1, '001-initial.sql'),
  load(2, '002-taxonomy-meta.sql'),
  load(3, '003-feed-cache.sql'),
  load(4, '004-facet-covering-indexes.sql'),
  load(5, '005-search-index-rebuild.sql', rebuildSearchData),
  load(6, '006-search-plain-spellings.sql', rebuildSearchData),
];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
