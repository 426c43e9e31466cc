import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations/index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcc-migration-004-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const plan = (db: ReturnType<typeof openDatabase>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('; ');

describe('migration 004 (covering indexes for opening the search engine)', () => {
  it('upgrades a version-3 database, keeps its rows, and the engine reads only the indexes', () => {
    const path = join(dir, 'a.sqlite');
    const v3 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 3) });
    v3.prepare(
      "INSERT INTO organisation (id, kind, name, country, region) VALUES ('a', 'cluster', 'A', 'AT', 'AT31')",
    ).run();
    v3.close();

    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 4) });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT region FROM organisation').pluck().get()).toBe('AT31');
    // The same SELECTs as db/search/catalogue-arrays.ts.
    expect(plan(db, 'SELECT rid, kind, country, region FROM organisation ORDER BY rid')).toMatch(
      /COVERING INDEX organisation_facets/,
    );
    expect(plan(db, 'SELECT organisation_rid, type FROM service')).toMatch(
      /COVERING INDEX service_organisation_type/,
    );
    db.close();
  });
});
