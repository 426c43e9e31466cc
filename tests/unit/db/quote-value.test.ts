/**
 * How error messages quote the value they refuse: exactly as typed, but never with a raw
 * control character (a line break, a NUL, an escape sequence, a bidirectional override) and
 * never thousands of characters long.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteValue } from '../../../db/errors';

describe('quoteValue', () => {
  it('gives back exactly the value, once unescaped as JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (value) => {
        expect(JSON.parse(quoteValue(value))).toBe(value);
      }),
    );
  });

  it('never carries a raw control character or bidirectional override', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => {
        expect(quoteValue(value)).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
      }),
    );
  });

  it('cuts a long value after 80 characters as a reader counts them, saying how long it was', () => {
    expect(quoteValue('a'.repeat(2000))).toBe(`"${'a'.repeat(80)}…" (2,000 characters)`);
    const family = '👨‍👩‍👧';
    expect(quoteValue(family.repeat(81))).toBe(`"${family.repeat(80)}…" (81 characters)`);
    expect(quoteValue(family.repeat(80))).toBe(`"${family.repeat(80)}"`);
  });
});
