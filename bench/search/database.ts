/**
 * Generated catalogue databases for the search benchmark, built with the project's own
 * generator and catalogue store (so build time is the real import path), kept under
 * bench/.cache/ for inspection.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCatalogue } from '../../build/generator/generate';
import { replaceCatalogue } from '../../db/catalogue-store';
import { openDatabase } from '../../db/connection';
import type { Db } from '../../db/sqlite';
import type { Catalogue } from '../../catalogue-format/schema';
import { loadTaxonomy } from '../../db/taxonomy';
import type { OrgSample } from './queries';

const CACHE_DIR = new URL('../.cache/', import.meta.url).pathname;

export interface BuiltDatabase {
  path: string;
  catalogue: Catalogue;
  buildMs: number;
  sizeBytes: number;
}

/** Generates `orgs` organisations and imports them into a fresh database, timing the import. */
export function buildDatabase(orgs: number, seed: number): BuiltDatabase {
  mkdirSync(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, `search-${String(orgs)}-seed${String(seed)}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const catalogue = generateCatalogue({ orgs, seed, taxonomy: loadTaxonomy() });
  const db = openDatabase(path);
  const start = performance.now();
  replaceCatalogue(db, catalogue, { version: 0, source: 'import' });
  const buildMs = performance.now() - start;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { path, catalogue, buildMs, sizeBytes: statSync(path).size };
}

/** What the query generator needs to know of each organisation, in rid order. */
export function orgSamples(db: Db): OrgSample[] {
  return db
    .prepare(
      `SELECT o.name, o.city, o.country, o.region,
              (SELECT sector_id FROM organisation_sector s WHERE s.organisation_rid = o.rid LIMIT 1) AS sector,
              (SELECT title FROM service v WHERE v.organisation_rid = o.rid ORDER BY position LIMIT 1) AS service
       FROM organisation o ORDER BY o.rid`,
    )
    .all() as OrgSample[];
}
