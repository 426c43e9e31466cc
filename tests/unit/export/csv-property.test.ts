/**
 * Every CSV format, over arbitrary contact rows, read back with the strict RFC 4180 reader: as
 * many records as rows (plus the header), every record as wide as the header, every cell
 * exactly the documented text (neutralised), and no line of any cell that a spreadsheet would
 * run as a formula.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../export/csv';
import { isPlainPhone } from '../../../export/formula';
import { writeGoogleCsv } from '../../../export/google';
import { writeOutlookCsv } from '../../../export/outlook';
import type { ContactRow } from '../../../export/rows';
import { contactRows, linesOf } from './arbitraries';
import { decodeCsv, readCsvStrict } from './csv-reader';
import { CSV_FORMATS, expectedTable, type CsvFormat } from './csv-expectations';
import { MemoryStream } from './export-helpers';

async function write(format: CsvFormat, rows: readonly ContactRow[]): Promise<Buffer> {
  const out = new MemoryStream();
  if (format === 'csv') await writeCsv(rows, out, { delimiter: ',' });
  if (format === 'csv-semicolon') await writeCsv(rows, out, { delimiter: ';' });
  if (format === 'google') await writeGoogleCsv(rows, out);
  if (format === 'outlook') await writeOutlookCsv(rows, out);
  return out.bytes();
}

/** Reads an export the strict way, checking its encoding, byte-order mark and last CRLF. */
function readBack(format: CsvFormat, bytes: Buffer): string[][] {
  const { text, bom } = decodeCsv(bytes);
  expect(bom).toBe(CSV_FORMATS[format].bom);
  expect(text.endsWith('\r\n')).toBe(true);
  return readCsvStrict(text, CSV_FORMATS[format].delimiter);
}

const FORMATS = Object.keys(CSV_FORMATS) as CsvFormat[];
const FORMULA_LINE = /^[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20]/u;

describe.each(FORMATS)('%s, property-based', (format) => {
  it('reads back record for record, cell for cell', async () => {
    await fc.assert(
      fc.asyncProperty(contactRows, async (rows) => {
        const table = readBack(format, await write(format, rows));
        const [header = [], ...records] = table;
        expect(records).toHaveLength(rows.length);
        for (const record of records) expect(record).toHaveLength(header.length);
        expect(table).toEqual(expectedTable(format, rows));
      }),
      { numRuns: 150 },
    );
  });

  it('leaves no line of any cell starting like a formula (plain phone numbers aside)', async () => {
    await fc.assert(
      fc.asyncProperty(contactRows, async (rows) => {
        const [, ...records] = readBack(format, await write(format, rows));
        for (const cell of records.flat()) {
          if (isPlainPhone(cell)) continue; // google and outlook keep numbers dialable
          for (const line of linesOf(cell)) expect(line).not.toMatch(FORMULA_LINE);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the address of issue 11', () => {
  const row: ContactRow = {
    organisationId: 'de-x',
    organisation: 'Maschinenbau GmbH',
    kind: 'supplier',
    person: false,
    contactName: null,
    role: null,
    email: null,
    phone: null,
    website: null,
    address: "Industriestraße 4\nHalle 2\n=cmd|' /C calc'!A0",
    postcode: null,
    city: 'Ulm',
    countryCode: 'DE',
    country: 'Germany',
    region: null,
    sectors: [],
    services: [],
    note: null,
  };

  it.each(FORMATS)('%s: stays in its cell, and its formula line is neutralised', async (format) => {
    const table = readBack(format, await write(format, [row]));
    expect(table).toHaveLength(2);
    expect(table[1]).toHaveLength(table[0]?.length ?? -1);
    expect(table[1]).toContain("Industriestraße 4\nHalle 2\n'=cmd|' /C calc'!A0");
  });
});
