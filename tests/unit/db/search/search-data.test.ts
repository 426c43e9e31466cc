import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../../build/generator/generate';
import { applyChanges, diffCatalogues, replaceCatalogue } from '../../../../db/catalogue-store';
import type { Db } from '../../../../db/sqlite';
import { loadCatalogueArrays, type CatalogueArrays } from '../../../../db/search/catalogue-arrays';
import { createSearchEngine } from '../../../../db/search/engine';
import { computeNameOrder, loadNames } from '../../../../db/search/name-order';
import { loadSearchData, refreshSearchData } from '../../../../db/search/search-data';
import { searchTaxonomy } from '../../../../db/search/taxonomy-lookup';
import type { Catalogue } from '../../../../catalogue-format/schema';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { at, tempDb } from '../catalogue-store.fixture';

const taxonomy = loadTaxonomy();
const lookup = searchTaxonomy(taxonomy);

let temp: ReturnType<typeof tempDb>;
beforeEach(() => {
  temp = tempDb('mcc-search-data-');
});
afterEach(() => {
  temp.cleanup();
});

/** What each organisation's facets are, by id, read through the arrays. */
function facetsById(db: Db, arrays: CatalogueArrays): Map<string, string> {
  const ids = new Map(
    (db.prepare('SELECT rid, id FROM organisation').raw().all() as [number, string][]).map(
      ([rid, id]) => [rid, id],
    ),
  );
  const out = new Map<string, string>();
  for (let slot = 0; slot < arrays.size; slot++) {
    const multi = (m: CatalogueArrays['sectors'], dict: CatalogueArrays['sectorDict']) =>
      Array.from(m.vals.subarray(m.off[slot], m.off[slot + 1]), (v) => dict.ids[v])
        .sort()
        .join(',');
    const region = arrays.region[slot] ?? -1;
    out.set(
      ids.get(arrays.rids[slot] ?? 0) ?? '?',
      [
        arrays.kinds.ids[arrays.kind[slot] ?? 0],
        arrays.countries.ids[arrays.country[slot] ?? 0],
        region < 0 ? '' : arrays.regions.ids[region],
        multi(arrays.sectors, arrays.sectorDict),
        multi(arrays.serviceTypes, arrays.serviceTypeDict),
      ].join('|'),
    );
  }
  return out;
}

/** The stored data must say exactly what computing it from the tables says. */
function expectStoredMatchesTables(db: Db): void {
  const stored = loadSearchData(db, lookup);
  expect(stored).toBeDefined();
  if (stored === undefined) return;
  const computed = loadCatalogueArrays(db, lookup);
  expect(Array.from(stored.arrays.rids)).toEqual(Array.from(computed.rids));
  expect(facetsById(db, stored.arrays)).toEqual(facetsById(db, computed));
  expect(stored.names).toEqual(loadNames(db, computed));
  for (const locale of ['en', 'cs', 'de']) {
    expect(computeNameOrder(stored.names, locale, stored.nameHint).rank).toEqual(
      computeNameOrder(stored.names, locale).rank,
    );
  }
}

function generated(orgs: number, seed: number): Catalogue {
  return generateCatalogue({ orgs, seed, taxonomy });
}

describe('search arrays stored with the catalogue', () => {
  it('are written by an import and describe exactly the imported organisations', () => {
    replaceCatalogue(temp.db, generated(300, 1), { version: 0, source: 'import' });
    expectStoredMatchesTables(temp.db);
  });

  it('are left stale by a delta, then rewritten to follow its removals, changes and additions', () => {
    const v1 = generated(300, 2);
    replaceCatalogue(temp.db, v1, { version: 1, source: 'feed' });
    const referenced = new Set(
      v1.organisations.flatMap((o) => o.member_of).concat(v1.events.flatMap((e) => e.organisers)),
    );
    const removable = v1.organisations.filter((o) => !referenced.has(o.id)).slice(0, 20);
    const gone = new Set(removable.map((o) => o.id));
    const kept = v1.organisations.filter((o) => !gone.has(o.id));
    const v2: Catalogue = {
      events: v1.events,
      organisations: [
        ...kept.map((o, i) =>
          i % 25 === 0
            ? { ...o, name: `Zzz ${o.name}`, kind: 'research' as const, sectors: ['wood'] }
            : o,
        ),
        { ...at(kept, 0), id: 'new-one', name: 'Aaa Neue Firma', region: 'SK010' },
      ],
    };
    applyChanges(temp.db, diffCatalogues(v1, v2).changes, { version: 2, source: 'feed' });
    expect(loadSearchData(temp.db, lookup)).toBeUndefined();
    const engine = createSearchEngine(temp.db, taxonomy);
    const computed = engine.search({ text: 'neue firma', sort: 'name' });
    expect(refreshSearchData(temp.db, lookup)).toBe(true);
    expectStoredMatchesTables(temp.db);
    expect(refreshSearchData(temp.db, lookup)).toBe(false);
    expect(
      createSearchEngine(temp.db, taxonomy).search({ text: 'neue firma', sort: 'name' }),
    ).toEqual(computed);

    expect(engine.search({ text: 'neue firma' }).results[0]?.id).toBe('new-one');
    expect(engine.search({ sort: 'name', limit: 1 }).results[0]?.name).toBe('Aaa Neue Firma');
    expect(engine.search({ regions: ['SK01'] }).results.map((h) => h.id)).toContain('new-one');
  });

  it('are recomputed from the tables when missing, and a search never depends on them', () => {
    replaceCatalogue(temp.db, generated(200, 3), { version: 0, source: 'import' });
    const withStored = createSearchEngine(temp.db, taxonomy).search({ text: 'cluster' });
    temp.db.prepare("DELETE FROM search_data WHERE name = 'names'").run();
    expect(loadSearchData(temp.db, lookup)).toBeUndefined();
    expect(createSearchEngine(temp.db, taxonomy).search({ text: 'cluster' })).toEqual(withStored);
    expect(refreshSearchData(temp.db, lookup)).toBe(true);
    expectStoredMatchesTables(temp.db);
  });

  it('are ignored when they do not describe the current organisations', () => {
    replaceCatalogue(temp.db, generated(50, 4), { version: 0, source: 'import' });
    temp.db
      .prepare('DELETE FROM organisation WHERE rid = (SELECT max(rid) FROM organisation)')
      .run();
    expect(loadSearchData(temp.db, lookup)).toBeUndefined();
  });
});
