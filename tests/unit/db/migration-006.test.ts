import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { createSearchEngine } from '../../../db/search/engine';
import { documentsVersion } from '../../../db/search/indexer';
import { readIndexVersion } from '../../../db/search/search-data';
import { loadTaxonomy } from '../../../db/taxonomy';
import { useTempDir } from '../../support/temp-dir';
import { upgrade } from './migration.fixture';

const dir = useTempDir('mcc-migration-006-');

describe('migration 006 (words in their plain spelling in the search index)', () => {
  it('rebuilds the index of a version-5 catalogue so every spelling finds the others', () => {
    const path = join(dir(), 'a.sqlite');
    // Upgraded to the latest version, as an installed app would be.
    const db = upgrade(path, 5, MIGRATIONS.length, (v5) => {
      v5.exec(`
        INSERT INTO organisation (rid, id, kind, name, country, city)
          VALUES (1, 'tu', 'research', 'TECHNISCHE UNIVERSITAET WIEN', 'AT', 'WIEN'),
                 (2, 'aarhus', 'research', 'Aarhus Universitet', 'DK', 'Aarhus');
        INSERT INTO note (organisation_id, text, updated_at) VALUES ('tu', 'call Monday', '2026-01-01');
      `);
      // What a version-5 index holds for these rows: the words as written.
      v5.exec("INSERT INTO organisation_fts (organisation_fts) VALUES ('delete-all')");
      v5.prepare('INSERT INTO organisation_fts (rowid, name, place) VALUES (?, ?, ?)').run(
        1,
        'TECHNISCHE UNIVERSITAET WIEN',
        'WIEN',
      );
      v5.prepare('INSERT INTO organisation_fts (rowid, name, place) VALUES (?, ?, ?)').run(
        2,
        'Aarhus Universitet',
        'Aarhus',
      );
      const before = createSearchEngine(v5, loadTaxonomy());
      expect(before.search({ text: 'århus' }).total).toBe(0);
    });
    const engine = createSearchEngine(db, loadTaxonomy());
    const ids = (text: string) => engine.search({ text }).results.map((h) => h.id);
    expect(ids('universitat wien')).toEqual(['tu']);
    expect(ids('universität wien')).toEqual(['tu']);
    expect(ids('århus')).toEqual(['aarhus']);
    expect(engine.search({ text: 'århus' }).corrections).toBeUndefined();
    expect(readIndexVersion(db)).toBe(documentsVersion(loadTaxonomy()));
    expect(db.prepare('SELECT text FROM note').pluck().get()).toBe('call Monday');
    db.close();
  });
});
