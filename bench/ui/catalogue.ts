/**
 * The UI bench's data: a generated catalogue database (cached between runs: generation is not
 * what is measured) and the queries typed into it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateCatalogue } from '../../build/generator/generate';
import { replaceCatalogue } from '../../db/catalogue-store';
import { openDatabase } from '../../db/connection';
import { loadTaxonomy } from '../../db/taxonomy';

const CACHE_DIR = new URL('../.cache/', import.meta.url).pathname;

/** A generated catalogue database of `orgs` organisations. */
export function catalogueDatabase(orgs: number, seed: number): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, `ui-${String(orgs)}-seed${String(seed)}.sqlite`);
  if (existsSync(path)) return path;
  // The search benchmark builds the same catalogue (same generator, size and seed): reuse it.
  const searchBench = join(CACHE_DIR, `search-${String(orgs)}-seed${String(seed)}.sqlite`);
  if (existsSync(searchBench)) return searchBench;
  process.stderr.write(`ui bench: generating ${String(orgs)} organisations…\n`);
  const db = openDatabase(path);
  replaceCatalogue(db, generateCatalogue({ orgs, seed, taxonomy: loadTaxonomy() }), {
    version: 0,
    source: 'import',
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

/** Typed queries: the first word(s) of some names and cities, a few with a typo. */
export function sampleQueries(path: string, count: number): string[] {
  const db = openDatabase(path);
  const rows = db.prepare('SELECT name, city FROM organisation ORDER BY rid LIMIT 4000').all() as {
    name: string;
    city: string | null;
  }[];
  db.close();
  const queries: string[] = [];
  const step = Math.max(1, Math.floor(rows.length / count));
  for (let i = 0; queries.length < count && i < rows.length; i += step) {
    const row = rows[i];
    if (row === undefined) continue;
    const words = (queries.length % 3 === 2 && row.city !== null ? row.city : row.name).split(
      /\s+/,
    );
    let q = words.slice(0, 2).join(' ').slice(0, 14).trim();
    if (queries.length % 4 === 3 && q.length > 5) q = q.slice(0, 2) + q.slice(3); // a typo
    queries.push(q.toLowerCase());
  }
  return queries;
}
