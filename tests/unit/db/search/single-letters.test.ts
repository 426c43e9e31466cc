/**
 * One-letter words among longer ones (legal forms, initials) are checked against the names of
 * what the other words find, instead of through FTS5 (see text-match.ts): the same answers,
 * without reading a third of the index for them.
 */
import { describe, expect, it } from 'vitest';
import { searchFixture } from './engine-fixture';

const { engine, ids } = searchFixture([
  { id: 'as', name: 'Nástrojárna Pokorný a.s.' },
  { id: 'sro', name: 'Nástrojárna Pokorný s.r.o.' },
  { id: 'analytik', name: 'Nástrojárna Pokorný Analytik' },
  { id: 'ek', name: 'Stahlbau Wien e.K.', city: 'Wien' },
  { id: 'a', name: 'A' },
]);

describe('one-letter words among longer ones', () => {
  it('must be words of the name: a legal form picks its organisation', () => {
    expect(ids('Nástrojárna Pokorný a.s.')).toEqual(['as']);
    expect(ids('nastrojarna pokorny s.r.o.')).toEqual(['sro']);
    expect(ids('Stahlbau Wien e.K.')).toEqual(['ek']);
  });

  it('the last one is a prefix while typing', () => {
    expect(ids('Nástrojárna Pokorný a')).toEqual(['analytik', 'as']);
    expect(ids('Nástrojárna Pokorný s')).toEqual(['as', 'sro']);
    // No name has an x-word: the letter is left out rather than leaving nothing (dead-end.ts).
    const leftOut = engine().search({ text: 'Nástrojárna Pokorný x' });
    expect(leftOut.dropped).toEqual(['x']);
    expect(leftOut.results.map((h) => h.id).sort()).toEqual(['analytik', 'as', 'sro']);
  });

  it('a query of single letters still searches the index', () => {
    expect(ids('a')).toContain('a');
    expect(ids('a s')).toEqual(['as']);
  });

  it('ranks the exact name first', () => {
    expect(engine().search({ text: 'Nástrojárna Pokorný a.s.' }).results[0]?.id).toBe('as');
  });
});
