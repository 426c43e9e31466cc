/**
 * The relevance set (tests/fixtures/relevance/) over the real ECHE list and the bundled
 * catalogue, imported through the real import path. A query whose organisation is not where
 * it must be is listed with what came instead. The shared data (../shared/data) must be
 * there, as it is in CI: without it the test fails saying where it looked; it never skips.
 *
 * Queries the engine misses today are listed in known-misses.ts, so that `npm test` keeps
 * guarding every other query while #14 is under way: a query not on that list that misses
 * fails the test, and so does a listed query that no longer misses (take it off the list).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../../db/search/engine';
import { loadTaxonomy } from '../../../../db/taxonomy';
import {
  openRelevanceDatabase,
  type RelevanceDatabase,
} from '../../../fixtures/relevance/database';
import { describeMiss, evaluate, meetsDemand } from '../../../fixtures/relevance/evaluate';
import { KNOWN_MISSES } from '../../../fixtures/relevance/known-misses';
import { RELEVANCE_QUERIES } from '../../../fixtures/relevance/queries';
import { RELEVANCE_CATEGORIES } from '../../../fixtures/relevance/types';

let catalogue: RelevanceDatabase | undefined;

beforeAll(async () => {
  catalogue = await openRelevanceDatabase();
});
afterAll(() => {
  catalogue?.close();
});

function opened(): RelevanceDatabase {
  if (catalogue === undefined) throw new Error('the relevance catalogue was not built');
  return catalogue;
}

describe('the relevance set', () => {
  it('has at least 60 distinct queries, in every category, each naming an organisation that exists', () => {
    const { names, organisations } = opened();
    expect(organisations).toBe(5912 + 19);
    const texts = RELEVANCE_QUERIES.map((q) => q.text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const category of RELEVANCE_CATEGORIES) {
      expect(
        RELEVANCE_QUERIES.filter((q) => q.category === category).length,
        category,
      ).toBeGreaterThanOrEqual(5);
    }
    const unknown = RELEVANCE_QUERIES.filter((q) => !names.has(q.expect)).map(
      (q) => `"${q.text}" expects ${q.expect}, which is not in the catalogue`,
    );
    expect(unknown).toEqual([]);
    const stale = KNOWN_MISSES.filter((text) => !texts.includes(text));
    expect(stale, 'known misses that are not queries of the set').toEqual([]);
  });

  it('finds each query’s organisation where it must be (bar the known misses)', () => {
    const { db, names } = opened();
    const outcomes = evaluate(createSearchEngine(db, loadTaxonomy()), RELEVANCE_QUERIES);
    const known = new Set(KNOWN_MISSES);
    const misses = outcomes.filter((o) => !meetsDemand(o) && !known.has(o.query.text));
    const fixed = outcomes.filter((o) => meetsDemand(o) && known.has(o.query.text));
    expect(misses.map((o) => describeMiss(o, names))).toEqual([]);
    expect(fixed.map((o) => `"${o.query.text}" now passes: take it off known-misses.ts`)).toEqual(
      [],
    );
  });
});
