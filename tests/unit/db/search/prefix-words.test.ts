/**
 * Every word may be a beginning (#14 point 1): people abbreviate every word of a name, not
 * only the one they are still typing (from three letters; the last word from one). Whole words rank above beginnings, and name matches
 * above matches in other fields.
 */
import { describe, expect, it } from 'vitest';
import { searchFixture } from './engine-fixture';

const { engine, ids } = searchFixture([
  { id: 'tu', name: 'TECHNISCHE UNIVERSITAET WIEN', city: 'WIEN', region: 'AT130' },
  { id: 'uni', name: 'UNIVERSITAT WIEN', city: 'WIEN', region: 'AT130' },
  { id: 'med', name: 'MEDIZINISCHE UNIVERSITAET WIEN', city: 'WIEN' },
  { id: 'graz', name: 'Universität Graz', city: 'Graz', region: 'AT221' },
  { id: 'fh', name: 'FACHHOCHSCHULE WIENER NEUSTADT', city: 'Wiener Neustadt' },
  { id: 'wienerberger', name: 'Wienerberger', city: 'Wien' },
  {
    id: 'address',
    name: 'Institut für Gesundheitsforschung',
    address: 'Universitätsstraße 7',
    city: 'Wien',
  },
  { id: 'bialystok', name: 'POLITECHNIKA BIALOSTOCKA', city: 'BIALYSTOK', country: 'PL' },
  { id: 'wroclaw', name: 'Politechnika Wrocławska', city: 'Wrocław', country: 'PL' },
  {
    id: 'karlova',
    name: 'UNIVERZITA KARLOVA',
    country: 'CZ',
    // A long record: bm25 alone would rank it below the shorter ones.
    address: 'Ovocný trh 560/5, Staré Město, 116 36 Praha 1',
    description: 'The oldest university in Central Europe, founded in 1348 by Charles IV.',
  },
  { id: 'karlstad', name: 'KARLSTADS UNIVERSITET', country: 'SE' },
  { id: 'tubingen', name: 'EBERHARD KARLS UNIVERSITAET TUEBINGEN', country: 'DE' },
]);

const ranked = (text: string) =>
  engine()
    .search({ text })
    .results.map((h) => h.id);

describe('every word may be a beginning', () => {
  it('finds abbreviations in every position, without correcting anything', () => {
    expect(ids('univ wien')).toEqual(['address', 'med', 'tu', 'uni']);
    expect(ids('techn univ wien')).toEqual(['tu']);
    expect(ids('tec uni wi')).toEqual(['tu']); // three letters, and two for the last word
    expect(ids('wien univ')).toEqual(ids('univ wien'));
    for (const text of ['univ wien', 'techn univ wien', 'univ w']) {
      const result = engine().search({ text });
      expect(result.corrections).toBeUndefined();
      expect(result.dropped).toBeUndefined();
    }
  });

  it('matches a one-letter last word against the names the other words found', () => {
    expect(ids('univ w')).toEqual(['med', 'tu', 'uni']);
  });

  it('ranks names holding every word above matches elsewhere', () => {
    expect(ranked('univ wien').slice(0, 3).sort()).toEqual(['med', 'tu', 'uni']);
    expect(ranked('univ wien')[3]).toBe('address');
    expect(ranked('politechnika bialostocka')).toEqual(['bialystok']);
  });

  it('ranks whole words above beginnings, however short the name', () => {
    const order = ranked('wien');
    const whole = ['med', 'tu', 'uni'];
    expect(order.slice(0, 3).sort()).toEqual(whole);
    // "Wienerberger" is one word long (bm25 alone would put it first): a beginning only.
    expect(order.indexOf('wienerberger')).toBeGreaterThan(2);
    expect(order.indexOf('fh')).toBeGreaterThan(2);
    // A name match, even a beginning, above an organisation with "Wien" only as its town.
    expect(order.indexOf('address')).toBeGreaterThan(order.indexOf('wienerberger'));
    expect(order.indexOf('address')).toBeGreaterThan(order.indexOf('fh'));
  });

  it('ranks names holding the words side by side, in the order typed, first', () => {
    expect(ranked('univ karl')[0]).toBe('karlova');
    expect(ranked('karl univ').slice(0, 2).sort()).toEqual(['karlstad', 'tubingen']);
  });
});
