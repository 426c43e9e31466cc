/**
 * No dead end (#14 point 3): when all the words together find nothing, the search shows what
 * matches most of them, leaving out the words that match least, and says which.
 */
import { describe, expect, it } from 'vitest';
import { leaveOutWords } from '../../../../db/search/dead-end';
import { searchFixture } from './engine-fixture';

const { engine } = searchFixture([
  { id: 'tu', name: 'TECHNISCHE UNIVERSITAET WIEN', city: 'WIEN' },
  { id: 'uni', name: 'UNIVERSITAT WIEN', city: 'WIEN' },
  { id: 'med', name: 'MEDIZINISCHE UNIVERSITAET WIEN', city: 'WIEN' },
  { id: 'graz', name: 'Universität Graz', city: 'Graz' },
  { id: 'as', name: 'Nástrojárna Pokorný a.s.', country: 'CZ' },
]);

const search = (text: string) => engine().search({ text });
const sortedIds = (text: string) =>
  search(text)
    .results.map((h) => h.id)
    .sort();

describe('a query whose words together find nothing', () => {
  it('leaves out a word that finds nothing at all, and says so', () => {
    const result = search('univ wien xyzzyq');
    expect(result.dropped).toEqual(['xyzzyq']);
    expect(result.matched).toEqual(['univ', 'wien']);
    expect(sortedIds('univ wien xyzzyq')).toEqual(['med', 'tu', 'uni']);
    expect(result.total).toBe(3);
  });

  it('leaves out as few words as possible, the most frequent first', () => {
    // No organisation is in both Wien and Graz. Without "universitat" (4 matches) nothing is
    // found either; without "wien" (3) Universität Graz is: "wien" goes, not the rarer "graz".
    const result = search('universitat wien graz');
    expect(result.dropped).toEqual(['wien']);
    expect(sortedIds('universitat wien graz')).toEqual(['graz']);
    // Whatever the order typed.
    expect(search('graz universitat wien').dropped).toEqual(['wien']);
    // A frequent extra word goes, the rare ones that name the organisation stay.
    expect(search('medizinische universitat graz').dropped).toEqual(['graz']);
  });

  it('leaves out one-letter words first', () => {
    expect(search('universitat wien x').dropped).toEqual(['x']);
    expect(search('pokorny x').dropped).toEqual(['x']);
  });

  it('keeps the dead end when no word finds anything, or there is one word', () => {
    const none = search('xyzzyq qwxzv');
    expect(none.total).toBe(0);
    expect(none.dropped).toBeUndefined();
    expect(search('xyzzyq').total).toBe(0);
  });

  it('exports what it shows', () => {
    expect(engine().matchingIds({ text: 'univ wien xyzzyq' }).sort()).toEqual(['med', 'tu', 'uni']);
  });

  it('reports the words matched, and none dropped, when all together find something', () => {
    const result = search('univ wien');
    expect(result.matched).toEqual(['univ', 'wien']);
    expect(result.dropped).toBeUndefined();
    expect(engine().search({}).matched).toBeUndefined();
  });
});

describe('the order words are left out in', () => {
  const run = (counts: (number | undefined)[], finds: (kept: readonly number[]) => boolean) =>
    leaveOutWords(counts.length, {
      count: (i) => counts[i],
      attempt: (kept) => (finds(kept) ? [kept.join(',')] : []),
    });

  it('drops words finding nothing, then as few as possible: letters, then the most frequent', () => {
    // Words 0..3: 10 matches, a letter, 0 matches, 10 matches; only {0} finds anything.
    const calls: string[] = [];
    const result = run([10, undefined, 0, 10], (kept) => {
      calls.push(kept.join(','));
      return kept.length === 1 && kept[0] === 0;
    });
    // Without the word finding nothing; then each single word left out (the letter, then the
    // most frequent, last typed first); none helps, so the letter goes and the rest is tried.
    expect(calls).toEqual(['0,1,3', '0,3', '0,1', '1,3', '0']);
    expect(result).toEqual({ kept: [0], dropped: [1, 2, 3], found: ['0'] });
  });

  it('keeps the rare words that find something together', () => {
    // "semmelweis university budapest": 2, 237 and 70 matches; only 0 and 2 go together.
    const result = run([2, 237, 70], (kept) => kept.join(',') === '0,2');
    expect(result?.dropped).toEqual([1]);
  });

  it('gives up when nothing finds anything, and never drops the only word', () => {
    expect(run([0, 0], () => false)).toBeUndefined();
    expect(run([5], () => true)).toBeUndefined();
  });
});
