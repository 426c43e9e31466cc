import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/connection';
import { createSearchEngine } from '../../../../db/search/engine';
import type { SearchEngine } from '../../../../db/search/types';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { createFixture, fixtureOn, type Fixture } from './fixture';

let fixture: Fixture;
let engine: SearchEngine;

beforeEach(() => {
  fixture = createFixture([
    { id: 'hradec', name: 'Hradec Cluster', country: 'CZ' },
    { id: 'chrudim', name: 'Chrudim Cluster', country: 'CZ' },
    { id: 'cukr', name: 'Cukr Cluster', country: 'CZ' },
    { id: 'cokolada', name: 'Čokoláda Cluster', country: 'CZ' },
    { id: 'dum', name: 'Dům Cluster', country: 'CZ' },
  ]);
  engine = createSearchEngine(fixture.db, loadTaxonomy());
});
afterEach(() => {
  fixture.close();
});

const names = (locale: string, text?: string) =>
  engine.search({ text, locale, sort: 'name' }).results.map((h) => h.name);

describe('sorting by name follows the locale', () => {
  it('puts "ch" after "h" and "Č" after "C" in Czech', () => {
    expect(names('cs')).toEqual([
      'Cukr Cluster',
      'Čokoláda Cluster',
      'Dům Cluster',
      'Hradec Cluster',
      'Chrudim Cluster',
    ]);
  });

  it('sorts the same names differently in English', () => {
    expect(names('en')).toEqual([
      'Chrudim Cluster',
      'Čokoláda Cluster',
      'Cukr Cluster',
      'Dům Cluster',
      'Hradec Cluster',
    ]);
  });

  it('lists everything by name for an empty query, and sorts text matches by name on request', () => {
    expect(engine.search({ locale: 'cs' }).results.map((h) => h.id)).toEqual([
      'cukr',
      'cokolada',
      'dum',
      'hradec',
      'chrudim',
    ]);
    expect(names('cs', 'cluster')).toHaveLength(5);
  });
});

describe('paging', () => {
  it('pages through the same order without gaps or repeats', () => {
    const pages = [0, 2, 4].map(
      (offset) => engine.search({ locale: 'cs', limit: 2, offset }).results,
    );
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((h) => h.id)).toEqual(engine.matchingIds({ locale: 'cs' }));
    expect(engine.search({ limit: 2, offset: 10 }).results).toEqual([]);
    expect(engine.search({ limit: 2 }).total).toBe(5);
  });

  it('gives every match to an export, in the query order', () => {
    expect(engine.matchingIds({ text: 'cluster', countries: ['CZ'] })).toHaveLength(5);
    expect(engine.matchingIds({ text: 'hradec' })).toEqual(['hradec']);
  });
});

describe('freshness', () => {
  it('sees what another connection committed (a sync worker)', () => {
    expect(engine.search({ text: 'zlin' }).total).toBe(0);
    const other = openDatabase(fixture.path);
    const writer = fixtureOn(other, fixture.path);
    writer.add({ id: 'zlin', name: 'Zlín Cluster', country: 'CZ', sectors: ['wood'] });
    expect(engine.search({ text: 'zlin' }).results.map((h) => h.id)).toEqual(['zlin']);
    expect(engine.search({}).facets.sector).toMatchObject([{ id: 'wood', count: 1 }]);
    writer.remove('hradec');
    expect(engine.search({}).total).toBe(5);
    expect(engine.search({ text: 'hradec' }).total).toBe(0);
    writer.close();
  });

  it('sees its own connection writing, and corrects typos against the new words', () => {
    expect(engine.search({ text: 'ostrava' }).total).toBe(0);
    fixture.add({ id: 'ostrava', name: 'Ostrava Mobility Cluster', country: 'CZ' });
    expect(engine.search({ text: 'ostrava' }).total).toBe(1);
    expect(engine.search({ text: 'mobilitty' }).results.map((h) => h.id)).toEqual(['ostrava']);
  });
});
