/**
 * Places by the names people use (#14 point 5): a country in any of the eight interface
 * languages or English (ISO 3166 names, ../shared/data), a NUTS 2024 region as Eurostat
 * publishes it, with or without diacritics, alone or with other words.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../../db/search/fold';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { searchFixture } from './engine-fixture';

const { engine, ids } = searchFixture([
  { id: 'linz', name: 'Johannes Kepler Universität Linz', region: 'AT312', country: 'AT' },
  { id: 'wroclaw', name: 'Politechnika Wrocławska', region: 'PL514', country: 'PL' },
  { id: 'krakow', name: 'Politechnika Krakowska', region: 'PL213', country: 'PL' },
  { id: 'brno', name: 'Vysoké učení technické v Brně', region: 'CZ064', country: 'CZ' },
  { id: 'kosice', name: 'Technická univerzita v Košiciach', region: 'SK042', country: 'SK' },
]);

const UI_LANGUAGES = ['en', 'de', 'it', 'sk', 'cs', 'hu', 'pl', 'sl'] as const;
const byCountry: Record<string, string[]> = {
  AT: ['linz'],
  PL: ['krakow', 'wroclaw'],
  CZ: ['brno'],
  SK: ['kosice'],
};

describe('countries by their names in every interface language', () => {
  const countries = loadTaxonomy().countries.filter((c) => c.code in byCountry);
  const cases = countries.flatMap((c) =>
    UI_LANGUAGES.map((language) => [c.code, language, c.labels[language] ?? ''] as const),
  );
  it.each(cases)('%s in %s: "%s", with and without diacritics', (code, _language, label) => {
    expect(label).not.toBe('');
    expect(ids(label)).toEqual(byCountry[code]);
    expect(ids(fold(label))).toEqual(byCountry[code]);
  });

  it('finds them with other words', () => {
    expect(ids('politechnika polsko')).toEqual(['krakow', 'wroclaw']);
    expect(ids('univ ausztria')).toEqual(['linz']);
  });
});

describe('NUTS regions as Eurostat names them', () => {
  it.each([
    ['Oberösterreich', ['linz']],
    ['oberosterreich', ['linz']],
    ['oberoesterreich', ['linz']],
    ['Dolnośląskie', ['wroclaw']],
    ['dolnoslaskie', ['wroclaw']],
    ['Jihomoravský kraj', ['brno']],
    ['jihomoravsky', ['brno']],
    ['Košický kraj', ['kosice']],
  ])('"%s" finds %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('combines a region with other words, abbreviated or not', () => {
    expect(ids('univ oberosterreich')).toEqual(['linz']);
    expect(ids('politechnika dolnoslaskie')).toEqual(['wroclaw']);
    expect(ids('polit dolnosl')).toEqual(['wroclaw']);
    expect(ids('politechnika krakow')).toEqual(['krakow']);
  });
});

describe('the tokens that stand for places', () => {
  it('are never the beginning of a word someone types', () => {
    // Every organisation above has a region and a country: none has a name beginning so.
    for (const text of ['zr', 'zc', 'zt', 'zrt']) expect(ids(text)).toEqual([]);
    expect(engine().search({ text: 'kepler zr' }).dropped).toEqual(['zr']);
  });
});
