import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/sqlite';
import { useTempDir } from '../../support/temp-dir';
import { upgrade } from './migration.fixture';

const dir = useTempDir('mcc-migration-004-');

const plan = (db: Db, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('; ');

describe('migration 004 (covering indexes for opening the search engine)', () => {
  it('upgrades a version-3 database, keeps its rows, and the engine reads only the indexes', () => {
    const path = join(dir(), 'a.sqlite');
    const db = upgrade(path, 3, 4, (v3) => {
      v3.prepare(
        "INSERT INTO organisation (id, kind, name, country, region) VALUES ('a', 'cluster', 'A', 'AT', 'AT31')",
      ).run();
    });
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
