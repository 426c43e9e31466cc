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
/** A line (after a line break inside a cell) that a spreadsheet would run as a formula. */
const DANGEROUS_LINE = /(\r\n|\r|\n)[=+\-@\t＝＋－＠]/u;

/** Strings whose lines often start with a formula starter or apostrophes. */
const riskyLine = fc
  .tuple(
    fc.array(fc.constantFrom(...FORMULA_STARTERS, "'", ' ', 'a'), { maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  )
  .map(([head, tail]) => head.join('') + tail);
const risky = fc
  .tuple(riskyLine, fc.array(fc.tuple(fc.constantFrom('\r\n', '\r', '\n'), riskyLine)))
  .map(([first, rest]) => first + rest.map(([lineBreak, line]) => lineBreak + line).join(''));

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+43 732 7800', "'+43 732 7800"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝1', "'＝1"],
    ['Łódź', 'Łódź'],
    ['', ''],
    ["'=x", "''=x"],
  ])(
    'prefixes the OWASP starters and their full-width forms with an apostrophe: %j is %j',
    (value, neutral) => {
      expect(neutraliseFormula(value)).toBe(neutral);
    },
  );

  it('neutralises every line of a cell, after CRLF, CR or LF', () => {
    expect(neutraliseFormula("Industriestraße 4\nHalle 2\n=cmd|' /C calc'!A0")).toBe(
      "Industriestraße 4\nHalle 2\n'=cmd|' /C calc'!A0",
    );
    expect(neutraliseFormula('a\r\n+1\r-2\n@x\n\t\n＠y')).toBe("a\r\n'+1\r'-2\n'@x\n'\t\n'＠y");
    expect(neutraliseFormula("a\n'=x")).toBe("a\n''=x");
    expect(neutraliseFormula('\n=x')).toBe("'\n'=x");
    // Empty lines and lines starting otherwise stay as they are.
    expect(neutraliseFormula('a\n\nb\r\n c')).toBe('a\n\nb\r\n c');
  });

  it('never leaves a cell, or a line in it, starting with a formula starter', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string({ unit: 'binary' })), (value) => {
        expect(neutraliseFormula(value)).not.toMatch(DANGEROUS);
        expect(neutraliseFormula(value)).not.toMatch(DANGEROUS_LINE);
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

  it('changes nothing that has no line starting with a starter', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string({ unit: 'binary' })), (value) => {
        fc.pre(!/^'*[\r\n]/u.test(value));
        fc.pre(value.split(/\r\n|\r|\n/).every((line) => !/^'*[=+\-@\t＝＋－＠]/u.test(line)));
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
