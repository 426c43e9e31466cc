import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyChanges,
  diffCatalogues,
  readCatalogue,
  readMeta,
  replaceCatalogue,
} from '../../../db/catalogue-store';
import { bundledSourcePath, readSourceFile } from '../../../db/app-database';
import type { Db } from '../../../db/sqlite';
import type { Catalogue } from '../../../catalogue-format/schema';
import { ORGANISATION_COLUMNS } from '../../../catalogue-format/columns';
import { at, event, org, sampleCatalogue, tempDb } from './catalogue-store.fixture';

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = tempDb());
});
afterEach(() => {
  cleanup();
});

const ftsMatch = (query: string): number[] =>
  (
    db
      .prepare('SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ? ORDER BY rowid')
      .all(query) as { rowid: number }[]
  ).map((r) => r.rowid);

const ridOf = (id: string) =>
  (db.prepare('SELECT rid FROM organisation WHERE id = ?').get(id) as { rid: number } | undefined)
    ?.rid;

describe('replaceCatalogue and readCatalogue', () => {
  it('gives back exactly the catalogue it was given, optional fields and order included', () => {
    const catalogue = sampleCatalogue();
    const summary = replaceCatalogue(db, catalogue, { version: 0, source: 'import' });
    expect(summary).toMatchObject({ added: 4, changed: 0, removed: 0 });
    expect(readCatalogue(db)).toStrictEqual(catalogue);
  });

  it('returns set fields (sectors, member_of) sorted, and counts reordering as no change', () => {
    const catalogue: Catalogue = {
      organisations: [
        org('a', { sectors: ['tourism', 'food', 'food'] }),
        org('b', { member_of: ['z', 'a'] }),
      ],
      events: [],
    };
    replaceCatalogue(db, catalogue, { version: 0, source: 'import' });
    const back = readCatalogue(db);
    expect(back.organisations[0]?.sectors).toEqual(['food', 'tourism']);
    expect(back.organisations[1]?.member_of).toEqual(['a', 'z']);
    expect(diffCatalogues(catalogue, back).summary).toMatchObject({
      added: 0,
      changed: 0,
      removed: 0,
    });
  });

  it('writes catalogue_meta, indexes every organisation and reports changes against the old catalogue', () => {
    replaceCatalogue(db, sampleCatalogue(), { version: 0, source: 'bundled', sha256: 'abc' });
    expect(readMeta(db)).toMatchObject({ version: 0, source: 'bundled', sha256: 'abc' });
    expect(ftsMatch('piestany')).toEqual([ridOf('sk-piestany-spa')]);
    // Event titles are indexed on every organiser.
    expect(ftsMatch('events:forum').length).toBe(2);

    const next = sampleCatalogue();
    next.organisations.splice(2, 1);
    next.organisations[0] = { ...at(next.organisations, 0), city: 'Wels' };
    next.organisations.push(org('cz-new', { name: 'Brněnská strojírna', country: 'CZ' }));
    const progress: [number, number][] = [];
    const summary = replaceCatalogue(
      db,
      next,
      { version: 7, source: 'feed', channel: 'stable', issued: '2026-11-01T00:00:00Z' },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(summary).toMatchObject({
      added: 1,
      changed: 1,
      removed: 1,
      byKind: { organisations: { added: 1, changed: 1, removed: 1 } },
    });
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(readMeta(db)).toMatchObject({ version: 7, source: 'feed', channel: 'stable' });
    expect(readCatalogue(db)).toStrictEqual(next);
    expect(ftsMatch('lodz')).toEqual([]);
    expect(ftsMatch('brnenska')).toEqual([ridOf('cz-new')]);
  });

  it('leaves the old catalogue, index and meta in place when a record fails mid-replace', () => {
    const before = sampleCatalogue();
    replaceCatalogue(db, before, { version: 3, source: 'feed' });
    const broken: Catalogue = {
      organisations: [org('fine'), org('broken', { kind: 'bogus' as 'other' })],
      events: [],
    };
    expect(() => replaceCatalogue(db, broken, { version: 4, source: 'feed' })).toThrow(/CHECK/);
    expect(readCatalogue(db)).toStrictEqual(before);
    expect(readMeta(db)?.version).toBe(3);
    expect(ftsMatch('piestany')).toEqual([ridOf('sk-piestany-spa')]);
  });
});

/** Every optional one-value column of an organisation: the round trip covers a new one too. */
const OPTIONAL_TEXT_COLUMNS = ORGANISATION_COLUMNS.filter(
  (column) => !['id', 'kind', 'name', 'country', 'sectors', 'member_of'].includes(column),
);

describe('round trip of any catalogue', () => {
  const text = fc.string({ minLength: 1, maxLength: 12 });
  const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  const optionalText = (keys: string[]) =>
    fc.record(Object.fromEntries(keys.map((k) => [k, text])), { requiredKeys: [] });
  const organisation = fc
    .tuple(
      optionalText(OPTIONAL_TEXT_COLUMNS),
      fc.uniqueArray(id, { maxLength: 3 }),
      fc.uniqueArray(id, { maxLength: 2 }),
      fc.array(
        fc.tuple(
          optionalText(['name', 'role', 'email', 'phone']),
          fc.array(fc.constantFrom('de', 'sk'), { maxLength: 2 }),
        ),
        { maxLength: 3 },
      ),
      fc.array(fc.tuple(id, text, optionalText(['description']), fc.array(id, { maxLength: 2 })), {
        maxLength: 3,
      }),
      fc.dictionary(fc.constantFrom('de', 'it', 'hu'), text),
    )
    .map(([fields, sectors, memberOf, contacts, services, names]) => ({
      ...fields,
      sectors: sectors.sort(),
      member_of: memberOf.sort(),
      contacts: contacts.map(([c, languages]) => ({ ...c, languages })),
      services: services.map(([sid, title, extra, sectorList]) => ({
        id: sid,
        title,
        type: 'cooperation',
        ...extra,
        sectors: sectorList,
      })),
      names: { ...names },
    }));

  it('reads back exactly what was written: fields present or absent, lists in order', () => {
    fc.assert(
      fc.property(fc.array(organisation, { maxLength: 4 }), (orgs) => {
        const catalogue: Catalogue = {
          organisations: orgs.map((fields, i) => org(`o${i}`, fields)),
          events: [],
        };
        replaceCatalogue(db, catalogue, { version: 0, source: 'import' });
        expect(readCatalogue(db)).toStrictEqual(catalogue);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the real bundled catalogue', () => {
  it('reads back exactly as validated from catalogue/network.json (sets sorted)', () => {
    const { catalogue } = readSourceFile(bundledSourcePath());
    replaceCatalogue(db, catalogue, { version: 0, source: 'bundled' });
    const sorted = (c: Catalogue): Catalogue => ({
      ...c,
      organisations: c.organisations.map((o) => ({
        ...o,
        sectors: [...new Set(o.sectors)].sort(),
        member_of: [...new Set(o.member_of)].sort(),
      })),
    });
    expect(readCatalogue(db)).toStrictEqual(sorted(catalogue));
  });
});

describe('applyChanges', () => {
  beforeEach(() => {
    replaceCatalogue(db, sampleCatalogue(), { version: 1, source: 'feed' });
  });

  it('upserts by id keeping rids, deletes tombstones and re-indexes what changed', () => {
    const ridSpa = ridOf('sk-piestany-spa');
    const spa = at(sampleCatalogue().organisations, 1);
    const summary = applyChanges(
      db,
      {
        upserts: {
          organisations: [
            { ...spa, name: 'Slovenské liečebné kúpele Piešťany' },
            org('hu-new', { name: 'Győri Járműipari Klaszter', country: 'HU' }),
            at(sampleCatalogue().organisations, 0), // unchanged: not counted
          ],
          events: [event('tour-2026', { title: 'Company tour Győr', organisers: ['hu-new'] })],
        },
        deletes: { organisations: ['pl-lodz-supplier', 'never-existed'], events: ['forum-2026'] },
      },
      { version: 2, source: 'feed' },
    );
    expect(summary).toMatchObject({
      added: 2,
      changed: 1,
      removed: 2,
      byKind: {
        organisations: { added: 1, changed: 1, removed: 1 },
        events: { added: 1, changed: 0, removed: 1 },
      },
    });
    expect(ridOf('sk-piestany-spa')).toBe(ridSpa);
    expect(ridOf('pl-lodz-supplier')).toBeUndefined();
    expect(ftsMatch('liecebne')).toEqual([ridSpa]);
    expect(ftsMatch('lodz')).toEqual([]);
    // The deleted event's title left its organisers' documents; the new one joined hu-new's.
    expect(ftsMatch('events:linz')).toEqual([]);
    expect(ftsMatch('events:gyor')).toEqual([ridOf('hu-new')]);
    expect(readMeta(db)?.version).toBe(2);
    const after = readCatalogue(db);
    expect(after.organisations.map((o) => o.id)).toEqual([
      'at-automotive-cluster',
      'sk-piestany-spa',
      'hu-new',
    ]);
  });

  it('applies all or nothing: a bad upsert leaves the catalogue and its version unchanged', () => {
    expect(() =>
      applyChanges(
        db,
        {
          upserts: {
            organisations: [org('ok'), org('bad', { kind: 'nope' as 'other' })],
            events: [],
          },
          deletes: { organisations: ['sk-piestany-spa'], events: [] },
        },
        { version: 2, source: 'feed' },
      ),
    ).toThrow();
    expect(readCatalogue(db)).toStrictEqual(sampleCatalogue());
    expect(readMeta(db)?.version).toBe(1);
  });

  it('produces the same catalogue as a replace with the diff of the two', () => {
    const after = sampleCatalogue();
    after.organisations[2] = {
      ...at(after.organisations, 2),
      contacts: [{ name: 'Ewa', languages: ['pl'] }],
    };
    after.events.push(event('visit', { kind: 'study-visit', organisers: ['pl-lodz-supplier'] }));
    const { changes, summary } = diffCatalogues(sampleCatalogue(), after);
    expect(summary).toMatchObject({ added: 1, changed: 1, removed: 0 });
    applyChanges(db, changes, { version: 2, source: 'feed' });
    expect(readCatalogue(db)).toStrictEqual(after);
  });
});

describe('diffCatalogues', () => {
  it('finds added, changed and removed records of each kind, ignoring key order and absent fields', () => {
    const before: Catalogue = {
      organisations: [org('a', { city: 'Linz' }), org('b'), org('c')],
      events: [event('e1')],
    };
    const after: Catalogue = {
      organisations: [
        { ...org('a'), city: 'Linz', description: undefined },
        org('b', { name: 'Renamed' }),
        org('d'),
      ],
      events: [event('e1'), event('e2')],
    };
    const { changes, summary } = diffCatalogues(before, after);
    expect(summary).toEqual({
      added: 2,
      changed: 1,
      removed: 1,
      byKind: {
        organisations: { added: 1, changed: 1, removed: 1 },
        events: { added: 1, changed: 0, removed: 0 },
      },
    });
    expect(changes.upserts.organisations.map((o) => o.id)).toEqual(['b', 'd']);
    expect(changes.deletes).toEqual({ organisations: ['c'], events: [] });
    expect(changes.upserts.events.map((e) => e.id)).toEqual(['e2']);
  });
});

describe('a whole-catalogue write that fails', () => {
  it('leaves the old catalogue, its indexes and its search data exactly as they were', () => {
    replaceCatalogue(db, sampleCatalogue(), { version: 0, source: 'import' });
    const schema = () =>
      db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all();
    const before = {
      schema: schema(),
      catalogue: readCatalogue(db),
      arrays: db.prepare('SELECT name, data FROM search_data ORDER BY name').all(),
    };
    // Two records with one id: the UNIQUE constraint fails in the middle of the write.
    const broken: Catalogue = {
      organisations: [org('dup', { name: 'First' }), org('x'), org('dup', { name: 'Second' })],
      events: [],
    };
    expect(() => replaceCatalogue(db, broken, { version: 0, source: 'import' })).toThrow(/UNIQUE/);
    expect(schema()).toEqual(before.schema);
    expect(readCatalogue(db)).toEqual(before.catalogue);
    expect(db.prepare('SELECT name, data FROM search_data ORDER BY name').all()).toEqual(
      before.arrays,
    );
    expect(db.pragma('cache_size', { simple: true })).toBe(-32000);
  });
});
