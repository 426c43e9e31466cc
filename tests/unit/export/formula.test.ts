import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORMULA_STARTERS,
  isPlainPhone,
  neutraliseFormula,
  neutralisePhoneForImport,
  restoreFormulaText,
} from '../../../export/formula';

const DANGEROUS = /^[=+\-@\t\r\n＝＋－＠]/u;

/** Strings that often start with a formula starter or apostrophes. */
const risky = fc
  .tuple(
    fc.array(fc.constantFrom(...FORMULA_STARTERS, "'", ' ', 'a'), { maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  )
  .map(([head, tail]) => head.join('') + tail);

describe('neutraliseFormula', () => {
  it('prefixes the OWASP starters and their full-width forms with an apostrophe', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('+43 732 7800')).toBe("'+43 732 7800");
    expect(neutraliseFormula('-2')).toBe("'-2");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('\rx')).toBe("'\rx");
    expect(neutraliseFormula('＝1')).toBe("'＝1");
    expect(neutraliseFormula('Łódź')).toBe('Łódź');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula("'=x")).toBe("''=x");
  });

  it('never leaves a cell starting with a formula starter', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string({ unit: 'binary' })), (value) => {
        expect(neutraliseFormula(value)).not.toMatch(DANGEROUS);
      }),
    );
  });

  it('round-trips the visible text exactly', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string({ unit: 'binary' })), (value) => {
        expect(restoreFormulaText(neutraliseFormula(value))).toBe(value);
      }),
    );
  });

  it('changes nothing that does not start with a starter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        fc.pre(!/^'*[=+\-@\t\r\n＝＋－＠]/u.test(value));
        expect(neutraliseFormula(value)).toBe(value);
      }),
    );
  });
});

describe('phone numbers in the contact-import formats', () => {
  it('keeps plain phone numbers exactly as written', () => {
    for (const phone of ['+43 732 7800', '+48 (42) 631-00-00', '0732/7800', '+386 3 713.12.00']) {
      expect(isPlainPhone(phone)).toBe(true);
      expect(neutralisePhoneForImport(phone)).toBe(phone);
    }
  });

  it('neutralises anything else that starts like a formula', () => {
    for (const value of ['+1+HYPERLINK("x")', '-1+1', '=1', '+43 732 7800 ext. 5', '@x']) {
      expect(isPlainPhone(value)).toBe(false);
      expect(neutralisePhoneForImport(value)).toBe(`'${value}`);
    }
  });

  it('lets through only values without letters, quotes or references', () => {
    fc.assert(
      fc.property(risky, (value) => {
        const cell = neutralisePhoneForImport(value);
        if (DANGEROUS.test(cell)) expect(cell).toMatch(/^\+[0-9 ()./-]*$/);
      }),
    );
  });
});
