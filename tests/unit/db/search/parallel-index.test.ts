/**
 * A large catalogue's index is built on a worker thread and copied into the store's
 * transaction (db/search/parallel-index.ts). These tests hold it to the index built in place:
 * the same words at the same offsets, a sound index, searches and deltas that work on it, on
 * the connection that wrote it too, and a failed build that changes nothing.
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
import { packSources, unpackSources } from '../../../../db/search/document-source';
import { createSearchEngine } from '../../../../db/search/engine';
import { startIndexBuild } from '../../../../db/search/parallel-index';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { tempDb } from '../catalogue-store.fixture';
import { indexWords } from './index-words';

const taxonomy = loadTaxonomy();
const catalogue = (orgs: number, seed: number) => generateCatalogue({ orgs, seed, taxonomy });
let a: ReturnType<typeof tempDb>;
let b: ReturnType<typeof tempDb>;
beforeEach(() => {
  a = tempDb('mcc-parallel-a-');
  b = tempDb('mcc-parallel-b-');
});
afterEach(() => {
  a.cleanup();
  b.cleanup();
});

const segments = (db: typeof a.db) =>
  db.prepare('SELECT count(DISTINCT segid) FROM organisation_fts_idx').pluck().get();

describe('an index built on a worker thread', () => {
  it('holds exactly the words of the index built in place, as one segment', () => {
    const source = catalogue(3000, 11);
    replaceCatalogue(a.db, source, { version: 1, source: 'import' }, { indexInWorker: true });
    replaceCatalogue(b.db, source, { version: 1, source: 'import' }, { indexInWorker: false });
    expect(indexWords(a.db)).toEqual(indexWords(b.db));
    expect(segments(a.db)).toBe(1);
    expect(readCatalogue(a.db)).toEqual(readCatalogue(b.db));
  });

  it('replaces the index the same connection was searching, and later deltas keep it exact', () => {
    const first = catalogue(1500, 12);
    replaceCatalogue(a.db, first, { version: 1, source: 'feed' }, { indexInWorker: true });
    const engine = createSearchEngine(a.db, taxonomy);
    const firstName = first.organisations[0]?.name ?? '';
    expect(engine.search({ text: firstName }).results[0]?.name).toBe(firstName);

    // Another catalogue over this one, through the connection whose engine has read the index.
    const second = catalogue(1800, 13);
    replaceCatalogue(a.db, second, { version: 2, source: 'feed' }, { indexInWorker: true });
    const secondName = second.organisations[0]?.name ?? '';
    expect(engine.search({ text: secondName }).results[0]?.name).toBe(secondName);
    expect(engine.search({}).total).toBe(1800);

    // A delta then removes documents from the copied index exactly as they were added.
    const next = {
      ...second,
      organisations: second.organisations
        .slice(10)
        .map((o, i) => (i % 50 === 0 ? { ...o, name: `${o.name} Nord`, member_of: [] } : o)),
    };
    const referenced = new Set(next.organisations.flatMap((o) => o.member_of));
    const kept = second.organisations.slice(0, 10).filter((o) => referenced.has(o.id));
    next.organisations = [...kept, ...next.organisations];
    next.events = next.events.filter((e) =>
      e.organisers.every((id) => next.organisations.some((o) => o.id === id)),
    );
    applyChanges(a.db, diffCatalogues(second, next).changes, { version: 3, source: 'feed' });
    replaceCatalogue(b.db, next, { version: 3, source: 'feed' }, { indexInWorker: false });
    expect(indexWords(a.db)).toEqual(indexWords(b.db));
  });

  it('changes nothing when the worker fails', () => {
    replaceCatalogue(a.db, catalogue(200, 14), { version: 1, source: 'import' });
    const before = indexWords(a.db);
    const build = startIndexBuild(a.db, taxonomy);
    try {
      // A rid that is not a whole number: the worker's reader refuses it.
      build.add([
        {
          rid: 1.5,
          source: { name: 'x', names: {}, country: 'AT', services: [], contacts: [] },
          eventTitles: [],
        },
      ]);
      expect(() => {
        a.db.transaction(() => {
          build.install(a.db);
        })();
      }).toThrow(/Building the search index failed: .*count expected/);
    } finally {
      build.dispose();
    }
    expect(indexWords(a.db)).toEqual(before);
  });
});

describe('document sources sent to the worker', () => {
  it('read back as they were packed', () => {
    const orgs = catalogue(300, 15).organisations;
    fc.assert(
      fc.property(
        fc.subarray(orgs, { minLength: 0, maxLength: 40 }),
        fc.array(fc.string(), { maxLength: 3 }),
        (picked, eventTitles) => {
          const entries = picked.map((source, i) => ({ rid: i + 1, source, eventTitles }));
          const back = [...unpackSources(packSources(entries))];
          expect(back).toHaveLength(entries.length);
          back.forEach((entry, i) => {
            const sent = entries[i];
            expect(entry.rid).toBe(sent?.rid);
            expect(entry.eventTitles).toEqual(eventTitles);
            expect(entry.source).toEqual({
              name: sent?.source.name,
              acronym: sent?.source.acronym,
              names: sent?.source.names,
              description: sent?.source.description,
              country: sent?.source.country,
              region: sent?.source.region,
              city: sent?.source.city,
              address: sent?.source.address,
              postcode: sent?.source.postcode,
              services: sent?.source.services.map((s) => ({
                title: s.title,
                type: s.type,
                description: s.description,
              })),
              contacts: sent?.source.contacts.map((c) => ({
                name: c.name,
                role: c.role,
              })),
            });
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses what was not packed by packSources()', () => {
    expect(() => [...unpackSources([1, 'name'])]).toThrow(/end too early/);
    expect(() => [...unpackSources(['x'])]).toThrow(/count expected/);
  });
});
