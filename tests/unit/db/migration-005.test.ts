import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations/index';
import { createSearchEngine } from '../../../db/search/engine';
import { loadSearchData } from '../../../db/search/search-data';
import { searchTaxonomy } from '../../../db/search/taxonomy-lookup';
import { loadTaxonomy } from '../../../db/taxonomy';
import { useTempDir } from '../../support/temp-dir';
import { upgrade } from './migration.fixture';

const dir = useTempDir('mcc-migration-005-');

describe('migration 005 (search index without prefix indexes, stored search arrays)', () => {
  it('rebuilds the search index of a version-4 catalogue and stores its arrays', () => {
    const path = join(dir(), 'a.sqlite');
    const db = upgrade(path, 4, 5, (v4) => {
      v4.exec(`
        INSERT INTO organisation (rid, id, kind, name, country, region, city)
          VALUES (1, 'a', 'cluster', 'Holzcluster Steiermark', 'AT', 'AT22', 'Graz'),
                 (2, 'b', 'supplier', 'Zakład Łódź', 'PL', NULL, 'Łódź');
        INSERT INTO organisation_sector (organisation_rid, sector_id) VALUES (1, 'wood');
        INSERT INTO event (id, kind, title, start_date, organisers)
          VALUES ('e', 'trade-fair', 'Holzmesse Klagenfurt', '2026-09-01', '["a"]');
        INSERT INTO note (organisation_id, text, updated_at) VALUES ('a', 'call Monday', '2026-01-01');
      `);
    });
    const fts = db
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'organisation_fts'")
      .pluck()
      .get() as string;
    expect(fts).not.toMatch(/prefix/);
    const engine = createSearchEngine(db, loadTaxonomy());
    // Found through the rebuilt index: folded letters, prefixes, places and event titles.
    expect(engine.search({ text: 'lodz' }).results.map((h) => h.id)).toEqual(['b']);
    expect(engine.search({ text: 'holzcl' }).results.map((h) => h.id)).toEqual(['a']);
    expect(engine.search({ text: 'holzmesse' }).results.map((h) => h.id)).toEqual(['a']);
    expect(engine.search({ sectors: ['wood'] }).total).toBe(1);
    expect(loadSearchData(db, searchTaxonomy(loadTaxonomy()))?.names).toEqual([
      'Holzcluster Steiermark',
      'Zakład Łódź',
    ]);
    expect(db.prepare('SELECT text FROM note').pluck().get()).toBe('call Monday');
    db.close();
  });

  it('upgrades an empty database', () => {
    const path = join(dir(), 'b.sqlite');
    openDatabase(path, { migrations: MIGRATIONS.slice(0, 4) }).close();
    const db = openDatabase(path);
    expect(createSearchEngine(db, loadTaxonomy()).search({ text: 'x' }).total).toBe(0);
    db.close();
  });
});
