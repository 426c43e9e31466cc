/**
 * The ordered list of schema migrations. Each migration's number is the `user_version` the
 * database has once it is applied. Files never change once landed: add a new one instead.
 */
import { readFileSync } from 'node:fs';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

function load(version: number, file: string): Migration {
  return {
    version,
    name: file,
    sql: readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'),
  };
}

export const MIGRATIONS: readonly Migration[] = [
  load(1, '001-initial.sql'),
  load(2, '002-taxonomy-meta.sql'),
  load(3, '003-feed-cache.sql'),
  load(4, '004-facet-covering-indexes.sql'),
];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
