/**
 * xlsx over arbitrary contact rows, read back with exceljs: the workbook opens (its XML holds
 * only characters XML allows), it has one row per contact row, every cell is a text cell and
 * never a formula, and each holds the documented text (docs/export.md, "xlsx").
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactRow } from '../../../export/rows';
import { writeXlsx } from '../../../export/xlsx';
import { contactRow, contactRows } from './arbitraries';
import { MemoryStream } from './export-helpers';
import { SPREADSHEET_HEADERS, spreadsheetFields } from './expected-fields';

async function roundTrip(rows: readonly ContactRow[]): Promise<ExcelJS.Worksheet> {
  const out = new MemoryStream();
  await writeXlsx(rows, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(out.bytes() as unknown as ArrayBuffer); // throws on invalid XML
  const sheet = workbook.getWorksheet('Contacts');
  if (sheet === undefined) throw new Error('no Contacts sheet');
  return sheet;
}

/** Cells of a sheet row as text; an empty cell reads back as null, and must be one. */
function rowCells(sheet: ExcelJS.Worksheet, n: number): string[] {
  const cells: string[] = [];
  for (let c = 1; c <= SPREADSHEET_HEADERS.length; c++) {
    const cell = sheet.getRow(n).getCell(c);
    expect(cell.formula).toBeUndefined();
    if (cell.type === ExcelJS.ValueType.Null) cells.push('');
    else {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      cells.push(cell.text);
    }
  }
  return cells;
}

/**
 * The documented cell text: line breaks as LF; control characters other than tab and LF, and
 * what XML 1.0 cannot hold (U+FFFE, U+FFFF), as spaces.
 */
function sheetText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\p{Cc}|[\uFFFE\uFFFF]/gu, (c) => (c === '\t' || c === '\n' ? c : ' '));
}

describe('xlsx, property-based', () => {
  it('opens, with every value a text cell holding the documented text', async () => {
    await fc.assert(
      fc.asyncProperty(contactRows, async (rows) => {
        const sheet = await roundTrip(rows);
        expect(sheet.rowCount).toBe(rows.length + 1);
        expect(rowCells(sheet, 1)).toEqual(SPREADSHEET_HEADERS);
        rows.forEach((row, i) => {
          expect(rowCells(sheet, i + 2)).toEqual(spreadsheetFields(row).map(sheetText));
        });
      }),
      { numRuns: 60 },
    );
  });

  it("cuts a value at Excel's 32,767 characters without splitting a character", async () => {
    const long = fc.tuple(fc.string({ maxLength: 3 }), fc.constantFrom('😀', 'ł', '\r\n'));
    await fc.assert(
      fc.asyncProperty(long, contactRow, async ([head, unit], row) => {
        const role = head + unit.repeat(33_000);
        const sheet = await roundTrip([{ ...row, role }]);
        const cell = sheet.getRow(2).getCell(4).text;
        expect(cell.length).toBeLessThanOrEqual(32_767);
        expect(cell.endsWith('…')).toBe(true);
        expect(sheetText(role).startsWith(cell.slice(0, -1))).toBe(true);
        expect(cell).not.toContain('\uFFFD'); // a split surrogate pair would read back as this
      }),
      { numRuns: 12 },
    );
  });
});
