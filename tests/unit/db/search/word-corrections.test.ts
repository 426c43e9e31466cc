/**
 * A word of the catalogue is never corrected (#14 point 2); a word that only begins catalogue
 * words keeps matching as typed and, from 5 letters, also gets typo alternatives, ranked so
 * that a name match is not buried under address matches (#11 point 11); the "instead of" line
 * names only the words replaced, each once, with what found something.
 */
import { describe, expect, it } from 'vitest';
import { searchFixture } from './engine-fixture';

const { engine, ids } = searchFixture([
  { id: 'semmelweis', name: 'SEMMELWEIS EGYETEM', city: 'BUDAPEST', country: 'HU' },
  {
    id: 'street',
    name: 'FH Gesundheitsberufe OÖ GmbH',
    address: 'Semmelweisstraße 34/D3',
    city: 'Linz',
  },
  {
    id: 'street2',
    name: 'Ordination Dr. Huber',
    address: 'Semmelweisstraße 12',
    city: 'Linz',
  },
  { id: 'wien', name: 'UNIVERSITAT WIEN', city: 'WIEN' },
  { id: 'bien', name: 'Bien Fait SARL', city: 'Lyon', country: 'FR' },
  { id: 'sien', name: 'Sien Studio', city: 'Gent', country: 'BE' },
  { id: 'cien', name: 'Cien Fuegos SL', city: 'Sevilla', country: 'ES' },
]);

describe('typo alternatives', () => {
  it('finds a name one letter away from a word that only begins an address word', () => {
    const result = engine().search({ text: 'semmelweiss' });
    expect(result.results.map((h) => h.id)[0]).toBe('semmelweis');
    expect(result.results.map((h) => h.id).sort()).toEqual(['semmelweis', 'street', 'street2']);
    // Nothing typed was replaced: "semmelweiss" still begins "Semmelweisstraße".
    expect(result.corrections).toBeUndefined();
  });

  it('never corrects a word of the catalogue', () => {
    const result = engine().search({ text: 'univ wien' });
    expect(result.results.map((h) => h.id)).toEqual(['wien']);
    expect(result.corrections).toBeUndefined();
    // Not even when the words together find nothing: a word is left out instead.
    const apart = engine().search({ text: 'wien gent' });
    expect(apart.corrections).toBeUndefined();
    expect(apart.dropped).toHaveLength(1);
  });

  it('names each replaced word once, with only the corrections that found something', () => {
    // "xien" matches nothing; "bien", "sien" and "cien" are one letter away, but only the
    // "Sien" organisation is in Gent.
    const result = engine().search({ text: 'xien gent' });
    expect(result.corrections).toEqual([{ from: 'xien', to: 'sien' }]);
    expect(result.results.map((h) => h.id)).toEqual(['sien']);
    const alone = engine().search({ text: 'xien' });
    expect(alone.corrections?.map((c) => c.from)).toEqual(['xien', 'xien', 'xien']);
    expect(new Set(alone.corrections?.map((c) => c.to))).toEqual(new Set(['bien', 'sien', 'cien']));
    expect(ids('xien')).toEqual(['bien', 'cien', 'sien']);
  });
});
