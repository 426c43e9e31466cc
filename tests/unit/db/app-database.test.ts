import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalogueDatabase, openAppDatabase } from '../../../db/app-database';
import { readCatalogue, readMeta, replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import { CATALOGUE_SCHEMA, type Catalogue } from '../../../catalogue-format/schema';
import { addToShortlist, createShortlist, shortlistItems } from '../../../db/user-data/shortlists';
import { org, sampleCatalogue, tempDb } from './catalogue-store.fixture';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDb('mcc-app-db-');
  t.db.close();
  ({ dir, cleanup } = t);
});
afterEach(() => {
  cleanup();
});

function writeSource(name: string, catalogue: Catalogue): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ schema: CATALOGUE_SCHEMA, ...catalogue }, null, 2));
  return path;
}

const ids = (c: Catalogue) => c.organisations.map((o) => o.id);

describe('the app database', () => {
  it('is created on first start by copying the built bundled database', () => {
    const source = writeSource('network.json', sampleCatalogue());
    const bundled = join(dir, 'bundled.sqlite');
    const built = buildCatalogueDatabase(source, bundled);
    const path = join(dir, 'user', 'nested', 'catalogue.sqlite');
    const db = openAppDatabase(path, { database: bundled, source });
    expect(readMeta(db)).toMatchObject({ version: 0, source: 'bundled', sha256: built.sha256 });
    expect(readCatalogue(db)).toStrictEqual(sampleCatalogue());
    db.close();
  });

  it('is built straight from the bundled source when no built database exists', () => {
    const source = writeSource('network.json', sampleCatalogue());
    const db = openAppDatabase(join(dir, 'a.sqlite'), {
      database: join(dir, 'missing.sqlite'),
      source,
    });
    expect(ids(readCatalogue(db))).toEqual(ids(sampleCatalogue()));
    expect(readMeta(db)?.source).toBe('bundled');
    db.close();
  });

  it('takes a newer bundled catalogue, but never over a synced or imported one, and keeps user data', () => {
    const path = join(dir, 'user.sqlite');
    const v1 = writeSource('v1.json', sampleCatalogue());
    openAppDatabase(path, { database: join(dir, 'none'), source: v1 }).close();

    let db = openDatabase(path);
    createShortlist(db, 'Fair');
    addToShortlist(db, 'Fair', ['sk-piestany-spa']);
    db.close();

    const next = sampleCatalogue();
    next.organisations.push(org('cz-new', { country: 'CZ' }));
    const v2 = writeSource('v2.json', next);
    db = openAppDatabase(path, { database: join(dir, 'none'), source: v2 });
    expect(ids(readCatalogue(db))).toContain('cz-new');
    expect(shortlistItems(db, 'Fair').map((i) => i.id)).toEqual(['sk-piestany-spa']);

    // A feed version arrives: later app updates leave it alone.
    replaceCatalogue(db, sampleCatalogue(), { version: 9, source: 'feed' });
    db.close();
    db = openAppDatabase(path, { database: join(dir, 'none'), source: v1 });
    expect(readMeta(db)).toMatchObject({ version: 9, source: 'feed' });
    replaceCatalogue(
      db,
      { organisations: [org('mine')], events: [] },
      { version: 0, source: 'import' },
    );
    db.close();
    db = openAppDatabase(path, { database: join(dir, 'none'), source: v2 });
    expect(ids(readCatalogue(db))).toEqual(['mine']);
    db.close();
  });

  it('prefers the source over a stale built database', () => {
    const old = writeSource('old.json', { organisations: [org('old')], events: [] });
    const bundled = join(dir, 'bundled.sqlite');
    buildCatalogueDatabase(old, bundled);
    const current = writeSource('current.json', sampleCatalogue());
    const db = openAppDatabase(join(dir, 'u.sqlite'), { database: bundled, source: current });
    expect(ids(readCatalogue(db))).toEqual(ids(sampleCatalogue()));
    db.close();
  });

  it('refuses to build from an invalid source and leaves the old output in place', () => {
    const good = writeSource('good.json', sampleCatalogue());
    const out = join(dir, 'out.sqlite');
    buildCatalogueDatabase(good, out);
    const bad = sampleCatalogue();
    bad.organisations.push(org('x', { sectors: ['no-such-sector'] }));
    const badPath = writeSource('bad.json', bad);
    expect(() => buildCatalogueDatabase(badPath, out)).toThrow(/problem/);
    const db = openDatabase(out, { readonly: true });
    expect(ids(readCatalogue(db))).toEqual(ids(sampleCatalogue()));
    db.close();
    expect(existsSync(`${out}.${process.pid}.tmp`)).toBe(false);
  });

  it('refuses a database from a newer app version and leaves it untouched', () => {
    const path = join(dir, 'newer.sqlite');
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    const source = writeSource('network.json', sampleCatalogue());
    expect(() => openAppDatabase(path, { source })).toThrow(/newer version/);
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(999);
    check.close();
  });
});
