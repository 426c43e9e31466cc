import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchExpression, parseQuery } from '../../../../db/search/query';
import { searchFixture } from './engine-fixture';

const { engine, ranked } = searchFixture([
  {
    id: 'ooe',
    name: 'Business Upper Austria',
    city: 'Linz',
    phone: '+43 732 7800',
    email: 'info@biz-up.at',
    description: 'AND OR NOT near the Danube: clusters * networks - "quoted" (bracketed)',
  },
  { id: 'other', name: 'Another Agency', city: 'Graz' },
]);

describe('any input is safe', () => {
  it.each([
    '"',
    '""',
    '(',
    ')',
    'AND',
    'OR',
    'NOT',
    'NEAR(',
    'NEAR(a b, 2)',
    '*',
    '-',
    ':',
    'name:linz',
    '{name}: linz',
    '^linz',
    'a@b.com',
    '+43 732 7800',
    '',
    '   \t\n ',
    'x'.repeat(10_000),
    'word '.repeat(2_000),
    '🙂🚀',
    'linz 🙂',
    '\u0000\u0301\uD800',
    'ǅemal Ⅻ ﬁnance',
  ])('%j gives results or none, never an error', (text) => {
    expect(() => engine().search({ text })).not.toThrow();
    expect(() => engine().matchingIds({ text })).not.toThrow();
  });

  it('answers any string with results from the catalogue, counted truly (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const result = engine().search({ text });
        const ids = result.results.map((hit) => hit.id);
        expect(ids.every((id) => id === 'ooe' || id === 'other')).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        expect(result.total).toBe(ids.length);
        expect(engine().matchingIds({ text }).sort()).toEqual(ids.sort());
      }),
      { numRuns: 300 },
    );
  });

  // The operator words are words of 'ooe' too, so the query stays one that 'ooe' answers.
  it('finds a word wrapped in any FTS5 syntax as the word itself (property)', () => {
    const syntax = fc.string({
      unit: fc.constantFrom(...'"*()-:^{}+.,;!?\\'.split(''), ' AND ', ' OR ', ' NOT ', ' NEAR('),
      maxLength: 8,
    });
    fc.assert(
      fc.property(syntax, syntax, (before, after) => {
        const text = `${before} linz ${after}`;
        expect(ranked(text)).toContain('ooe');
      }),
      { numRuns: 300 },
    );
  });

  it('never lets FTS5 syntax through: every word is a quoted string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const expression = matchExpression(parseQuery(text)) ?? '';
        const withoutTerms = expression
          .replace(/"[\p{L}\p{N}]+"\*?/gu, '')
          .replaceAll('{name} :', '');
        expect(withoutTerms).toMatch(/^[\s()ANDOR]*$/);
      }),
    );
  });

  it('treats operator words as words, and finds the operators in the text literally', () => {
    expect(ranked('AND OR NOT')).toEqual(['ooe']);
    expect(ranked('near danube')).toEqual(['ooe']);
  });

  it('finds an organisation by its phone number, typed with or without spaces', () => {
    expect(ranked('+43 732 7800')).toEqual(['ooe']);
    expect(ranked('437327800')).toEqual(['ooe']);
    expect(ranked('(0732) 7800')).toEqual(['ooe']);
  });

  it('treats an input without any word as no text: everything is listed', () => {
    expect(engine().search({ text: '"*():-' }).total).toBe(2);
  });
});
