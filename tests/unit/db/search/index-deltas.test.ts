/**
 * The search index keeps no text, so a delta removes each changed document by rebuilding it
 * from the stored records. If that ever differed from what was indexed, words would linger or
 * vanish. These tests compare, word by word, the index after deltas with the index a fresh
 * import of the same catalogue builds.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../../build/generator/generate';
import {
  applyChanges,
  diffCatalogues,
  readCatalogue,
  replaceCatalogue,
} from '../../../../db/catalogue-store';
import type { Catalogue, Organisation } from '../../../../catalogue-format/schema';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { at, tempDb } from '../catalogue-store.fixture';
import { indexWords } from './index-words';

const taxonomy = loadTaxonomy();
let a: ReturnType<typeof tempDb>;
let b: ReturnType<typeof tempDb>;
beforeEach(() => {
  a = tempDb('mcc-index-deltas-a-');
  b = tempDb('mcc-index-deltas-b-');
});
afterEach(() => {
  a.cleanup();
  b.cleanup();
});

function expectSameIndex(after: Catalogue): void {
  replaceCatalogue(b.db, after, { version: 0, source: 'import' });
  expect(indexWords(a.db)).toEqual(indexWords(b.db));
  // And the records themselves, child rows included, read back as the fresh import's.
  expect(readCatalogue(a.db)).toEqual(readCatalogue(b.db));
}

const base = () => generateCatalogue({ orgs: 60, seed: 7, taxonomy });

/** A catalogue edit that keeps the catalogue valid. */
type Edit = (c: Catalogue, n: number) => Catalogue;
const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list[n % Math.max(1, list.length)];
const referenced = (c: Catalogue) =>
  new Set(
    c.organisations.flatMap((o) => o.member_of).concat(c.events.flatMap((e) => e.organisers)),
  );
const mapOrg = (c: Catalogue, n: number, f: (o: Organisation) => Organisation): Catalogue => {
  const target = pick(c.organisations, n);
  return {
    ...c,
    organisations: c.organisations.map((o) => (o === target ? f(o) : o)),
  };
};

const EDITS: Record<string, Edit> = {
  rename: (c, n) => mapOrg(c, n, (o) => ({ ...o, name: `${o.name} Größe ${n}` })),
  sectors: (c, n) => mapOrg(c, n, (o) => ({ ...o, sectors: ['wood', 'ict'] })),
  move: (c, n) => mapOrg(c, n, (o) => ({ ...o, country: 'SK', region: 'SK010', city: 'Žilina' })),
  services: (c, n) =>
    mapOrg(c, n, (o) => ({
      ...o,
      services: [
        { id: `svc-new-${n}`, title: `Prüfstand ${n}`, type: 'research-testing', sectors: [] },
      ],
    })),
  contacts: (c, n) =>
    mapOrg(c, n, (o) => ({
      ...o,
      contacts: [{ name: 'Łukasz Ørsted', phone: `+48 ${n}`, languages: [] }],
    })),
  remove: (c, n) => {
    const keep = referenced(c);
    const target = pick(
      c.organisations.filter((o) => !keep.has(o.id)),
      n,
    );
    return { ...c, organisations: c.organisations.filter((o) => o !== target) };
  },
  add: (c, n) => ({
    ...c,
    organisations: [
      ...c.organisations,
      {
        ...at(c.organisations, 0),
        id: `added-${n}-${c.organisations.length}`,
        name: `Neue Firma ${n}`,
        member_of: [],
      },
    ],
  }),
  retitle: (c, n) => {
    const target = pick(c.events, n);
    return {
      ...c,
      events: c.events.map((e) => (e === target ? { ...e, title: `Messe Köln ${n}` } : e)),
    };
  },
  reorganise: (c, n) => {
    const target = pick(c.events, n);
    const organiser = pick(c.organisations, n * 7 + 3)?.id;
    if (organiser === undefined) return c;
    return {
      ...c,
      events: c.events.map((e) => (e === target ? { ...e, organisers: [organiser] } : e)),
    };
  },
  dropEvent: (c, n) => {
    const target = pick(c.events, n);
    return { ...c, events: c.events.filter((e) => e !== target) };
  },
};

describe('the search index after deltas', () => {
  it('equals a fresh import of the same catalogue after every kind of change', () => {
    let current = base();
    replaceCatalogue(a.db, current, { version: 1, source: 'feed' });
    let version = 1;
    for (const [i, edit] of Object.values(EDITS).entries()) {
      const next = edit(current, i + 1);
      applyChanges(a.db, diffCatalogues(current, next).changes, {
        version: ++version,
        source: 'feed',
      });
      current = next;
    }
    expectSameIndex(current);
  });

  it('equals a fresh import after any sequence of changes (property)', () => {
    const names = Object.keys(EDITS);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(1000)), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(1000)), { minLength: 1, maxLength: 4 }),
        (first, second) => {
          a.cleanup();
          b.cleanup();
          a = tempDb('mcc-index-deltas-a-');
          b = tempDb('mcc-index-deltas-b-');
          let current = base();
          replaceCatalogue(a.db, current, { version: 1, source: 'feed' });
          [first, second].forEach((edits, i) => {
            const next = edits.reduce((c, [name, n]) => (EDITS[name] ?? ((x) => x))(c, n), current);
            applyChanges(a.db, diffCatalogues(current, next).changes, {
              version: i + 2,
              source: 'feed',
            });
            current = next;
          });
          expectSameIndex(current);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('is rebuilt whole when the taxonomy its documents were built with changed', () => {
    const current = base();
    replaceCatalogue(a.db, current, { version: 1, source: 'feed' });
    a.db
      .prepare("UPDATE search_data SET data = CAST('other' AS BLOB) WHERE name = 'index_taxonomy'")
      .run();
    const next = EDITS.rename?.(current, 3) ?? current;
    applyChanges(a.db, diffCatalogues(current, next).changes, { version: 2, source: 'feed' });
    expectSameIndex(next);
  });
});

describe('a whole-catalogue write', () => {
  it('writes the index as one segment and leaves FTS5 its default buffer', () => {
    // 5,000 organisations' words are several times FTS5's default 1 MB buffer.
    replaceCatalogue(a.db, generateCatalogue({ orgs: 5000, seed: 3, taxonomy }), {
      version: 0,
      source: 'import',
    });
    expect(
      a.db.prepare('SELECT count(DISTINCT segid) FROM organisation_fts_idx').pluck().get(),
    ).toBe(1);
    expect(
      a.db.prepare("SELECT v FROM organisation_fts_config WHERE k = 'hashsize'").pluck().get(),
    ).toBe(1024 * 1024);
  });
});
