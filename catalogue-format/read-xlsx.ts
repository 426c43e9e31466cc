/**
 * XLSX sources: organisations on the sheet named "organisations" (or the first sheet), events
 * on an optional sheet named "events". Cells are turned into the text a person sees, never
 * into JavaScript's number formatting: a phone typed as a number stays all digits, a date
 * becomes YYYY-MM-DD.
 */
import ExcelJS from 'exceljs';
import { escapeText } from './show-value';
import { catalogueFromSheets, type Sheet } from './tabular';
import { unreadable, type RawSource } from './validate';
import { xlsxEncodingProblem } from './xlsx-encoding';

/**
 * The workbook's sheets as a raw catalogue. The workbook itself (by far the largest thing
 * in memory) is dropped when this returns, before validation starts.
 */
export async function xlsxSource(bytes: Uint8Array): Promise<RawSource> {
  const encoding = await xlsxEncodingProblem(bytes);
  if (encoding !== undefined) {
    return unreadable(
      `the workbook is damaged: ${encoding}; open it in Excel or LibreOffice and save it again as .xlsx`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = escapeText(error instanceof Error ? error.message : String(error));
    return unreadable(
      `the file is not a readable XLSX workbook (${reason}); save it from Excel or LibreOffice as .xlsx`,
    );
  }
  const orgSheet = findSheet(workbook, 'organisations') ?? workbook.worksheets[0];
  if (orgSheet === undefined) return unreadable('the workbook has no sheet');
  const eventSheet = findSheet(workbook, 'events');
  return {
    ok: true,
    ...catalogueFromSheets(
      readSheet(orgSheet),
      eventSheet === undefined || eventSheet === orgSheet ? undefined : readSheet(eventSheet),
    ),
  };
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => s.name.trim().toLowerCase() === name);
}

function readSheet(sheet: ExcelJS.Worksheet): Sheet {
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? '') });
  });
  const first = rows.shift();
  return { header: first?.cells ?? [], headerRow: first?.row ?? 1, rows };
}

/** The text a cell shows, for every kind of value exceljs returns. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return linkText(value.text, value.hyperlink);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ('error' in value) return value.error;
  return '';
}

/**
 * Integers as plain digits (a phone typed as 43732123456 must not become 4.37e+10); other
 * numbers as JavaScript writes them, without an exponent for ordinary magnitudes.
 */
function numberText(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  return String(n);
}

/** Excel dates carry no zone; exceljs reads them as UTC midnight, so UTC fields are the day. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return d.toISOString().slice(0, 10);
}

/**
 * A hyperlink cell shows `text`; when the shown text is a bare address ("www.x.de") and the
 * link is its http(s) form, the link is the better value for a website column.
 */
function linkText(text: unknown, hyperlink: string): string {
  const shown = typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
  if (shown === '') return hyperlink.replace(/^mailto:/i, '');
  if (/^https?:\/\//i.test(hyperlink) && !/^[a-z]+:/i.test(shown) && hyperlink.includes(shown)) {
    return hyperlink;
  }
  return shown;
}
