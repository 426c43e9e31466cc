import { describe, expect, it } from 'vitest';
import { allowedEdits, correct, loadVocabulary } from '../../../../db/search/typo';
import { searchFixture } from './engine-fixture';

const {
  engine,
  db,
  ranked: ids,
} = searchFixture([
  { id: 'nutribiomed', name: 'NUTRIBIOMED', kind: 'cluster', country: 'PL' },
  { id: 'milano', name: 'Milano Metropoli Development Agency', country: 'IT' },
  { id: 'ict', name: 'ICT Cluster Košice', country: 'SK' },
  { id: 'wood', name: 'Holzcluster Steiermark', country: 'AT' },
  { id: 'innovation', name: 'Innovation Centre Žilina', country: 'SK' },
]);

describe('typo tolerance on names', () => {
  it('corrects one typo in a word of 4 to 7 letters', () => {
    expect(ids('kosicr')).toEqual(['ict']); // substitution
    expect(ids('holzclustr steiermark')).toEqual(['wood']); // deletion, not last word
    expect(ids('zlina')).toEqual(['innovation']); // deletion in a 5-letter word
  });

  it('corrects two typos from 8 letters', () => {
    expect(ids('nutribiomd')).toEqual(['nutribiomed']);
    expect(ids('nutrbiomd')).toEqual(['nutribiomed']);
    expect(ids('stiermrak')).toEqual(['wood']); // a deletion and a swap
  });

  it('does not accept two typos below 8 letters, nor any below 4', () => {
    expect(ids('kxsicr')).toEqual([]);
    expect(ids('ixt')).toEqual([]);
    // Not corrected: left out, and the rest is shown (dead-end.ts).
    const result = engine().search({ text: 'icx cluster' });
    expect(result.corrections).toBeUndefined();
    expect(result.dropped).toEqual(['icx']);
  });

  it('corrects a misspelt prefix while typing and a real word that finds nothing', () => {
    expect(ids('nutrobio')).toEqual(['nutribiomed']);
    expect(ids('milan metropoli develpment')).toEqual(['milano']);
  });

  it('reports what it corrected', () => {
    const result = engine().search({ text: 'nutribiomd' });
    expect(result.corrections).toEqual([{ from: 'nutribiomd', to: 'nutribiomed' }]);
    expect(engine().search({ text: 'nutribiomed' }).corrections).toBeUndefined();
    expect(result.results[0]?.highlights).toEqual([[0, 11]]);
  });
});

describe('vocabulary correction', () => {
  it('allows 0 edits below 4 letters, 1 from 4, 2 from 8, none with digits', () => {
    expect(['abc', 'abcd', 'abcdefg', 'abcdefgh', 'abc123de'].map(allowedEdits)).toEqual([
      0, 1, 1, 2, 0,
    ]);
  });

  it('prefers fewer edits, then words found in names, then frequent words', () => {
    const vocabulary = loadVocabulary(db());
    expect(correct(vocabulary, 'clustre', false).map((c) => c.term)).toEqual(['cluster']);
    expect(correct(vocabulary, 'cluster', false)).toEqual([]);
  });
});
