/**
 * The export benchmark's catalogue: generated with the project's generator and imported with
 * the catalogue store, then cached under bench/.cache/ (built once, reused by later runs).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateCatalogue } from '../../build/generator/generate';
import { replaceCatalogue } from '../../db/catalogue-store';
import { openDatabase } from '../../db/connection';
import type { Db } from '../../db/sqlite';
import { loadTaxonomy } from '../../db/taxonomy';

export const CACHE_DIR = new URL('../.cache/', import.meta.url).pathname;

/**
 * Organisations to generate: the generator gives 0–4 contacts (1.7 on average, 15 % none), so
 * about 1.85 export rows per organisation; this leaves a margin over 100,000 rows.
 */
const ORGS = 56_000;

export function exportDatabase(seed: number): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, `export-${String(ORGS)}-seed${String(seed)}.sqlite`);
  if (existsSync(path)) {
    // A cache built by an older schema: the child processes open it read-only, so upgrade it here.
    settle(openDatabase(path));
    return path;
  }
  const temp = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
  const catalogue = generateCatalogue({ orgs: ORGS, seed, taxonomy: loadTaxonomy() });
  const db = openDatabase(temp);
  replaceCatalogue(db, catalogue, { version: 0, source: 'import' });
  settle(db);
  renameSync(temp, path);
  return path;
}

/** Closes the database as one file (no WAL beside it), which the children can open read-only. */
function settle(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
}

/** The first organisations (in catalogue order) that together give at least `rows` rows. */
export function idsForRows(db: Db, rows: number): string[] {
  const all = db
    .prepare(
      `SELECT o.id AS id, max(1, (SELECT count(*) FROM contact c WHERE c.organisation_rid = o.rid)) AS n
       FROM organisation o ORDER BY o.rid`,
    )
    .all() as { id: string; n: number }[];
  const ids: string[] = [];
  let total = 0;
  for (const { id, n } of all) {
    if (total >= rows) break;
    ids.push(id);
    total += n;
  }
  if (total < rows) throw new Error(`the benchmark catalogue gives only ${String(total)} rows`);
  return ids;
}
