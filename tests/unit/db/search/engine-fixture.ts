/** A search engine over a tiny fixture catalogue, for the tests of one file or describe block. */
import { afterAll, beforeAll } from 'vitest';
import { createSearchEngine } from '../../../../db/search/engine';
import type { Db } from '../../../../db/sqlite';
import type { SearchEngine } from '../../../../db/search/types';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { createFixture, type Fixture, type OrgInput } from './fixture';

export interface FixtureSearch {
  /** The engine (valid inside the tests). */
  engine: () => SearchEngine;
  /** The fixture's database (valid inside the tests). */
  db: () => Db;
  /** Ids of what `text` finds (first page), sorted: for asserting sets of matches. */
  ids: (text: string) => string[];
  /** Ids of what `text` finds (first page), best first: for asserting the order. */
  ranked: (text: string) => string[];
}

/** Creates the fixture before the tests of the enclosing block and closes it after them. */
export function searchFixture(orgs: OrgInput[]): FixtureSearch {
  let fixture: Fixture | undefined;
  let engine: SearchEngine | undefined;
  beforeAll(() => {
    fixture = createFixture(orgs);
    engine = createSearchEngine(fixture.db, loadTaxonomy());
  });
  afterAll(() => {
    fixture?.close();
  });
  const current = (): SearchEngine => {
    if (engine === undefined) throw new Error('searchFixture: used outside a test');
    return engine;
  };
  const ranked = (text: string) =>
    current()
      .search({ text })
      .results.map((h) => h.id);
  const db = (): Db => {
    if (fixture === undefined) throw new Error('searchFixture: used outside a test');
    return fixture.db;
  };
  return { engine: current, db, ids: (text) => ranked(text).sort(), ranked };
}
