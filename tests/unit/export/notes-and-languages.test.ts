/**
 * The spreadsheet exports for people: column names and kinds in the interface language, and
 * the user's notes as a last column when asked for. Read back with the strict CSV reader and
 * exceljs over arbitrary rows and notes (docs/export.md, "Column names" and "Notes").
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../../contract/kind-names';
import { COLUMN_IDS, LOCALES } from '../../../contract/lists';
import { localWording } from '../../../export/column-labels';
import type { TableColumn } from '../../../export/columns';
import { writeCsv } from '../../../export/csv';
import type { ContactRow } from '../../../export/rows';
import { writeXlsx } from '../../../export/xlsx';
import { contactRows } from './arbitraries';
import { neutralised } from './csv-expectations';
import { decodeCsv, readCsvStrict } from './csv-reader';
import { MemoryStream } from './export-helpers';
import { spreadsheetFields } from './expected-fields';

/** docs/export.md, "Column names": German, as a clerk in Vienna opens the file. */
const GERMAN_HEADERS = [
  'Organisation',
  'Art',
  'Kontaktperson',
  'Funktion',
  'E-Mail',
  'Telefon',
  'Website',
  'Adresse',
  'PLZ',
  'Ort',
  'Land',
  'Region',
  'Branchen',
  'Leistungen',
  'Notizen',
];

const COLUMNS: TableColumn[] = [...COLUMN_IDS, 'notes'];

/** Every column as documented, the kind by its German name and the note last. */
function germanFields(row: ContactRow): string[] {
  const fields = spreadsheetFields(row);
  fields[1] = KIND_NAMES.de[row.kind];
  return [...fields, row.note ?? ''];
}

describe('column names and kinds in the interface language', () => {
  it.each(LOCALES)('%s: every column is named, each differently', (locale) => {
    const wording = localWording(locale);
    // Every header is named, and no two alike (a script or a filter could not tell them apart).
    const headers = COLUMNS.map((c) => wording.headers[c]);
    expect(headers.every((h) => h.trim() !== '')).toBe(true);
    expect(new Set(headers).size).toBe(headers.length);
  });
});

describe('csv with German names and the notes column, property-based', () => {
  it.each([',', ';'] as const)('reads back cell for cell (delimiter %s)', async (delimiter) => {
    await fc.assert(
      fc.asyncProperty(contactRows, async (rows) => {
        const out = new MemoryStream();
        await writeCsv(rows, out, { delimiter, columns: COLUMNS, wording: localWording('de') });
        const { text, bom } = decodeCsv(out.bytes());
        expect(bom).toBe(true);
        const [header, ...records] = readCsvStrict(text, delimiter);
        expect(header).toEqual(GERMAN_HEADERS);
        expect(records).toEqual(rows.map((row) => germanFields(row).map(neutralised)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('xlsx with German names and the notes column, property-based', () => {
  it('opens, every cell a text cell holding the documented text', async () => {
    const sheetText = (value: string) =>
      value
        .replace(/\r\n?/g, '\n')
        .replace(/\p{Cc}|[\uFFFE\uFFFF]/gu, (c) => (c === '\t' || c === '\n' ? c : ' '));
    await fc.assert(
      fc.asyncProperty(contactRows, async (rows) => {
        const out = new MemoryStream();
        await writeXlsx(rows, out, { columns: COLUMNS, wording: localWording('de') });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(out.bytes() as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Contacts');
        if (sheet === undefined) throw new Error('no Contacts sheet');
        const cells = (n: number) =>
          COLUMNS.map((_, c) => {
            const cell = sheet.getRow(n).getCell(c + 1);
            expect(cell.formula).toBeUndefined();
            return cell.type === ExcelJS.ValueType.Null ? '' : cell.text;
          });
        expect(cells(1)).toEqual(GERMAN_HEADERS);
        rows.forEach((row, i) => {
          expect(cells(i + 2)).toEqual(germanFields(row).map(sheetText));
        });
      }),
      { numRuns: 40 },
    );
  });
});
