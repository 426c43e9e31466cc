import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_VERSION } from '../../../db/connection';
import { MIGRATIONS, type Migration } from '../../../db/migrations/index';
import { createSearchEngine } from '../../../db/search/engine';
import { loadTaxonomy } from '../../../db/taxonomy';
import { useTempDir } from '../../support/temp-dir';

/** A version-4 database (before the migrations that declare rebuilds) holding one organisation. */
function version4(path: string): void {
  const v4 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 4) });
  v4.exec(`
    INSERT INTO organisation (rid, id, kind, name, country, city)
      VALUES (1, 'a', 'cluster', 'Holzcluster Steiermark', 'AT', 'Graz');
    INSERT INTO note (organisation_id, text, updated_at) VALUES ('a', 'call Monday', '2026-01-01');
  `);
  v4.close();
}

const dir = useTempDir('mcc-migrations-');

describe('schema migrations', () => {
  it('brings a new database to the latest version with WAL and foreign keys on', () => {
    const db = openDatabase(join(dir(), 'a.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('001 creates strict tables, the search index and user data without cascades from the catalogue', () => {
    const db = openDatabase(join(dir(), 'b.sqlite'), { migrations: MIGRATIONS.slice(0, 1) });
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%' AND name NOT LIKE 'organisation_fts%'",
      )
      .all() as { name: string; sql: string }[];
    for (const table of tables) expect(table.sql, table.name).toMatch(/STRICT/);
    for (const userTable of ['shortlist_item', 'note', 'setting', 'sync_log']) {
      const fks = db.prepare(`SELECT "table" FROM pragma_foreign_key_list(?)`).all(userTable) as {
        table: string;
      }[];
      expect(fks.map((f) => f.table)).not.toContain('organisation');
    }
    expect(() =>
      db
        .prepare(
          "INSERT INTO organisation (id, kind, name, country) VALUES ('x', 'bogus', 'X', 'AT')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare("INSERT INTO organisation_fts (rowid, name) VALUES (1, 'linz')").run();
    expect(
      db.prepare("SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH 'linz'").all(),
    ).toEqual([{ rowid: 1 }]);
    db.close();
  });

  it('is idempotent: opening an up-to-date database changes nothing', () => {
    const path = join(dir(), 'c.sqlite');
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer version and leaves its bytes untouched', () => {
    const path = join(dir(), 'newer.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(/newer version of Meta-Cluster Catalogue/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('rolls back every migration when one fails', () => {
    const path = join(dir(), 'd.sqlite');
    const broken = [
      ...MIGRATIONS,
      {
        version: SCHEMA_VERSION + 1,
        name: 'broken',
        sql: 'CREATE TABLE ok (x INTEGER); THIS IS NOT SQL',
      },
    ];
    expect(() => openDatabase(path, { migrations: broken })).toThrow();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'organisation'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('rebuilds declared derived data after the SQL of every pending migration, with its data', () => {
    const path = join(dir(), 'e.sqlite');
    version4(path);
    // A later migration that declares nothing but changes what 005's rebuild indexes: the
    // rebuild must see it, so it runs after all the SQL, not right after 005's.
    const later: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'rename',
      sql: "UPDATE organisation SET name = 'Sägewerk Murau' WHERE id = 'a'",
    };
    const db = openDatabase(path, { migrations: [...MIGRATIONS, later] });
    const engine = createSearchEngine(db, loadTaxonomy());
    expect(engine.search({ text: 'sagewerk' }).results.map((h) => h.id)).toEqual(['a']);
    expect(engine.search({ text: 'holzcluster' }).total).toBe(0);
    expect(db.prepare('SELECT text FROM note').pluck().get()).toBe('call Monday');
    db.close();
  });

  it('rolls the migrations back when a rebuild fails, leaving the old version', () => {
    const path = join(dir(), 'f.sqlite');
    version4(path);
    const breaking: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'drops what the rebuild writes',
      sql: 'DROP TABLE search_data',
      rebuilds: ['search-data'],
    };
    expect(() => openDatabase(path, { migrations: [...MIGRATIONS, breaking] })).toThrow(
      /search_data/,
    );
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'search_data'").pluck().get(),
    ).toBe(0);
    expect(db.prepare('SELECT name FROM organisation').pluck().all()).toEqual([
      'Holzcluster Steiermark',
    ]);
    db.close();
  });
});
