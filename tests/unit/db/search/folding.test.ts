import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../../db/search/engine';
import type { SearchEngine } from '../../../../db/search/types';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { createFixture, type Fixture } from './fixture';

let fixture: Fixture;
let engine: SearchEngine;

beforeAll(() => {
  fixture = createFixture([
    { id: 'bialystok-upper', name: 'BIALYSTOK SCIENCE PARK', country: 'PL' },
    { id: 'bialystok-polish', name: 'Park Naukowy Białystok', country: 'PL' },
    { id: 'piestany', name: 'Kúpele Piešťany', country: 'SK' },
    { id: 'muenchen', name: 'Stadtwerke München', country: 'DE' },
    { id: 'westfalen', name: 'WESTFAELISCHE HOCHSCHULE', country: 'DE' },
    { id: 'lodz', name: 'Łódź Special Economic Zone', country: 'PL' },
    { id: 'strasse', name: 'Technologiezentrum Grazer Straße', country: 'AT' },
    { id: 'oresund', name: 'Øresund Food Network', country: 'DK' },
    { id: 'milano', name: 'Milano Metropoli Development Agency', country: 'IT' },
    { id: 'koeln', name: 'Koelnmesse', country: 'DE' },
  ]);
  engine = createSearchEngine(fixture.db, loadTaxonomy());
});
afterAll(() => {
  fixture.close();
});

const ids = (text: string) => engine.search({ text }).results.map((h) => h.id);

describe('diacritics, special letters and case, in every direction', () => {
  it.each([
    ['Białystok', ['bialystok-upper', 'bialystok-polish']],
    ['BIALYSTOK', ['bialystok-upper', 'bialystok-polish']],
    ['bialystok', ['bialystok-upper', 'bialystok-polish']],
    ['piestany', ['piestany']],
    ['PIEŠŤANY', ['piestany']],
    ['Pies\u030Ct\u030Cany', ['piestany']], // decomposed (NFD) input, as some keyboards send it
    ['muenchen', ['muenchen']],
    ['München', ['muenchen']],
    ['munchen', ['muenchen']],
    ['westfälische', ['westfalen']],
    ['westfaelische', ['westfalen']],
    ['lodz', ['lodz']],
    ['Łódź', ['lodz']],
    ['strasse', ['strasse']],
    ['grazer straße', ['strasse']],
    ['oresund', ['oresund']],
    ['Øresund', ['oresund']],
    ['Kölnmesse', ['koeln']],
  ])('"%s" finds %j', (text, expected) => {
    expect(ids(text).sort()).toEqual([...expected].sort());
  });

  it('highlights the original spelling of a folded match', () => {
    const [hit] = engine.search({ text: 'piestany' }).results;
    expect(hit?.snippet).toBe('Kúpele Piešťany');
    expect(hit?.highlights).toEqual([[7, 15]]);
  });
});

describe('as-you-type prefixes', () => {
  it('matches the last word as a prefix', () => {
    expect(ids('milan')).toEqual(['milano']);
    expect(ids('milano metro')).toEqual(['milano']);
    expect(ids('Łód')).toEqual(['lodz']);
  });

  it('matches earlier words whole, so a finished word does not widen the search', () => {
    expect(ids('metro milano')).toEqual([]);
  });
});
