import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { foldedText, indexText, words } from '../../../../db/search/fold';
import { searchFixture } from './engine-fixture';

const { engine, ranked: ids } = searchFixture([
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
    const [hit] = engine().search({ text: 'piestany' }).results;
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

  it('matches earlier words as prefixes too: people abbreviate every word', () => {
    expect(ids('metro milano')).toEqual(['milano']);
    expect(ids('metrop devel agen')).toEqual(['milano']);
  });
});

describe('index text', () => {
  it.each([
    ['Stadtwerke München', 'stadtwerke munchen'],
    ['Stadtwerke Mu\u0308nchen', 'stadtwerke munchen'],
    ['STADTWERKE MUENCHEN', 'stadtwerke munchen'],
    ['Łódź Piešťany Straße', 'lodz piestany strasse'],
    ['Næstved, Aarhus, Køge', 'nastved, arhus, koge'],
  ])(
    'folds umlauts and their two-letter spellings alike, composed or decomposed: %j',
    (text, folded) => {
      expect(foldedText(text)).toBe(folded);
    },
  );

  it.each([
    ['Große Straße in München', 'grosse strasse in munchen'],
    ['Stadtwerke Munich', 'Stadtwerke Munich'], // ASCII: left to FTS5
    ['UNIVERSITAET WIEN', 'universitat WIEN'],
  ])('indexes %j as %j', (text, indexed) => {
    expect(indexText(text)).toBe(indexed);
  });
});

/** The words SQLite's tokenizer (as migration 005 configures it) makes of `text`. */
function tokenize(text: string): string[] {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);`);
    db.prepare('INSERT INTO t (x) VALUES (?)').run(text);
    return db.prepare('SELECT term FROM v ORDER BY "offset"').pluck().all() as string[];
  } finally {
    db.close();
  }
}

const letters = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).filter((c) =>
    /\p{L}/u.test(c),
  );

describe('the index holds the words of foldedText(), whoever folds them', () => {
  // The invariant: the index holds the same words as if all text were folded in JavaScript.
  it('indexes every Latin, Greek and Cyrillic letter as the fully folded text', () => {
    const all = [...letters(0xc0, 0x52f), ...letters(0x1e00, 0x1eff)];
    const text = all.map((c) => `a${c}b ${c.toUpperCase()}`).join(' ');
    expect(tokenize(indexText(text))).toEqual(tokenize(foldedText(text)));
  });

  it('gives the same words for the network languages, umlauts and odd input', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(
          /^(?:[A-Za-zäöüÄÖÜßłŁøØæÆœŒđĐşșțăâîčďěňřšťžůýáéíóúĺľŕőűśźżęąćń0-9 .,'’-]|\u0301|\u0308){0,40}$/,
        ),
        (text) => {
          expect(tokenize(indexText(text))).toEqual(tokenize(foldedText(text)));
          expect(tokenize(foldedText(text))).toEqual(words(foldedText(text)));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('gives the same words for German and Nordic spellings in any mix (property)', () => {
    const pieces = [
      'ae',
      'oe',
      'ue',
      'aa',
      'AE',
      'Ue',
      'ä',
      'ö',
      'ü',
      'å',
      'ø',
      'æ',
      'Æ',
      'q',
      'a',
      'u',
      'e',
      'o',
      'x',
      ' ',
      '-',
      'a\u0308',
      'é',
      'ǣ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(indexText(text))).toEqual(tokenize(foldedText(text)));
        expect(tokenize(foldedText(text))).toEqual(words(foldedText(text)));
      }),
      { numRuns: 500 },
    );
  });
});
