/**
 * German and Nordic transliterations both ways (#14 point 4): a word written with an umlaut,
 * with its two-letter spelling, or with neither finds the other two.
 */
import { describe, expect, it } from 'vitest';
import { plainSpelling } from '../../../../db/search/digraphs';
import { searchFixture } from './engine-fixture';

const { engine, ids } = searchFixture([
  { id: 'ae', name: 'UNIVERSITAET WIEN' },
  { id: 'a', name: 'UNIVERSITAT GRAZ' },
  { id: 'umlaut', name: 'Universität Salzburg' },
  { id: 'aarhus', name: 'Aarhus Universitet', country: 'DK' },
  { id: 'arhus', name: 'Århus Tekniske Skole', country: 'DK' },
  { id: 'koge', name: 'Køge Handelsskole', country: 'DK' },
  { id: 'koege', name: 'Koege Marina', country: 'DK' },
  { id: 'strasse', name: 'Verein Grazer Straße' },
  { id: 'strasse2', name: 'GRAZER STRASSE HOLDING' },
  { id: 'mueller', name: 'MUELLER Technik GmbH', country: 'DE' },
  { id: 'muller', name: 'MULLER SARL', country: 'FR' },
  { id: 'muller2', name: 'Müller Bau', country: 'DE' },
  { id: 'queen', name: 'Queen Mary University', country: 'GB' },
  { id: 'quen', name: 'Quen Restaurant', country: 'GB' },
]);

describe('every spelling finds the others', () => {
  it.each([
    [
      ['universitat', 'universitaet', 'universität', 'UNIVERSITÄT'],
      ['a', 'ae', 'umlaut'],
    ],
    [
      ['aarhus', 'århus', 'arhus'],
      ['aarhus', 'arhus'],
    ],
    [
      ['koge', 'køge', 'koege'],
      ['koege', 'koge'],
    ],
    [
      ['strasse', 'straße'],
      ['strasse', 'strasse2'],
    ],
    [
      ['mueller', 'müller', 'muller'],
      ['mueller', 'muller', 'muller2'],
    ],
  ])('%j all find %j', (spellings, expected) => {
    for (const text of spellings) expect(ids(text)).toEqual(expected);
  });

  it('finds them as typed, not as typo corrections', () => {
    for (const text of ['universitat', 'universitaet', 'arhus', 'koege', 'muller']) {
      expect(engine().search({ text }).corrections).toBeUndefined();
    }
  });

  it('leaves "ue" after a vowel or q alone', () => {
    expect(ids('queen')).toEqual(['queen']);
  });

  it('highlights the word as the catalogue writes it', () => {
    const [hit] = engine().search({ text: 'universitat wien' }).results;
    expect(hit?.snippet).toBe('UNIVERSITAET WIEN');
    expect(hit?.highlights).toEqual([
      [0, 12],
      [13, 17],
    ]);
  });
});

describe('plain spelling', () => {
  it.each([
    ['universitaet', 'universitat'],
    ['westfaelische', 'westfalische'],
    ['koeln', 'koln'],
    ['muenchen', 'munchen'],
    ['aarhus', 'arhus'],
    ['naestved', 'nastved'], // æ folds to "ae"
    ['queen', 'queen'],
    ['aue', 'aue'],
    ['neue', 'neue'],
    ['ubung', 'ubung'],
    ['uebung', 'ubung'],
    ['wien', 'wien'],
  ])('%s → %s', (word, plain) => {
    expect(plainSpelling(word)).toBe(plain);
  });

  it('of a beginning is the beginning of the plain spelling, so prefixes still work', () => {
    for (const word of ['universitaet', 'muenchen', 'aarhus', 'koelnmesse', 'queen']) {
      for (let n = 1; n <= word.length; n++) {
        expect(plainSpelling(word).startsWith(plainSpelling(word.slice(0, n)))).toBe(true);
      }
    }
    expect(ids('mue')).toEqual(['mueller', 'muller', 'muller2']);
    const ranked = engine()
      .search({ text: 'universitae' })
      .results.map((h) => h.id);
    expect(ranked.slice(0, 3).sort()).toEqual(['a', 'ae', 'umlaut']);
  });
});
