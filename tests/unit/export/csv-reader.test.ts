/**
 * The strict RFC 4180 reader is the oracle of every CSV test, so it is tested itself: it
 * reads what RFC 4180 allows, and refuses each way a file can be read differently by
 * different programs (the defect it exists to catch was a bare LF in an unquoted field).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, decodeCsv, readCsvStrict } from './csv-reader';

describe('readCsvStrict', () => {
  it('reads quoted fields holding separators, quotes and line breaks', () => {
    const text = 'a,"b,c","d""e","f\r\ng","h\ni","j\rk",\r\n"",l\r\n';
    expect(readCsvStrict(text, ',')).toEqual([
      ['a', 'b,c', 'd"e', 'f\r\ng', 'h\ni', 'j\rk', ''],
      ['', 'l'],
    ]);
  });

  it('uses only the chosen separator', () => {
    expect(readCsvStrict('a,b;c\r\n', ';')).toEqual([['a,b', 'c']]);
    expect(readCsvStrict('a,b;c\r\n', ',')).toEqual([['a', 'b;c']]);
  });

  it('reads an empty file as no records, and a last record without CRLF', () => {
    expect(readCsvStrict('', ',')).toEqual([]);
    expect(readCsvStrict('a,b', ',')).toEqual([['a', 'b']]);
    expect(readCsvStrict('a,', ',')).toEqual([['a', '']]);
    expect(readCsvStrict('\r\n', ',')).toEqual([['']]);
  });

  it.each([
    ['a bare LF in an unquoted field', 'a\nb,c\r\n', /a bare LF at offset 1/],
    ['a bare CR in an unquoted field', 'a,b\rc\r\n', /a bare CR at offset 3/],
    ['a record ending in LF only', 'a,b\nc,d\n', /a bare LF/],
    ['a quote inside an unquoted field', 'a,b"c\r\n', /a quote inside an unquoted field/],
    ['text after a closing quote', '"a"b,c\r\n', /"b" after a closing quote/],
    ['a space after a closing quote', '"a" ,c\r\n', /" " after a closing quote/],
    ['a quoted field that never closes', 'a,"b\r\nc\r\n', /does not close/],
    ['a lone quote at the end', 'a,"b""', /does not close/],
    ['the formula row of issue 11', "Industriestraße 4\nHalle 2\n=cmd|' /C calc'!A0\r\n", /LF/],
  ])('refuses %s', (_, text, problem) => {
    expect(() => readCsvStrict(text, ',')).toThrow(CsvSyntaxError);
    expect(() => readCsvStrict(text, ',')).toThrow(problem);
  });

  it('reads back any fields quoted the RFC 4180 way', () => {
    const field = fc.string({ unit: 'binary', maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
        (records) => {
          const quote = (f: string): string => `"${f.replace(/"/g, '""')}"`;
          const text = records.map((r) => r.map(quote).join(',') + '\r\n').join('');
          expect(readCsvStrict(text, ',')).toEqual(records);
        },
      ),
    );
  });

  it('refuses invalid UTF-8 and reports a byte-order mark', () => {
    expect(() => decodeCsv(Buffer.from([0x61, 0xc3, 0x28]))).toThrow(TypeError);
    expect(decodeCsv(Buffer.from('\uFEFFa\r\n'))).toEqual({ text: 'a\r\n', bom: true });
    expect(decodeCsv(Buffer.from('a\r\n'))).toEqual({ text: 'a\r\n', bom: false });
  });
});
