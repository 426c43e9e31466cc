/**
 * `xlsx`: a real workbook, written with exceljs's streaming WorkbookWriter so rows go to the
 * zip as they come. One sheet "Contacts": the chosen columns, header row frozen and bold, an
 * auto-filter over the whole table, fixed widths per column, and every cell a text cell
 * (phone numbers keep their "+" and leading zeros; nothing is ever evaluated as a formula, so
 * no value needs neutralising — see docs/export.md).
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { APP_NAME } from '../contract/app';
import { tableLayout, type TableOptions } from './column-labels';
import { cellText, type TableColumn } from './columns';
import type { RowSource } from './rows';

/** Widths in characters, chosen for typical values of each column. */
const WIDTHS: Readonly<Record<TableColumn, number>> = {
  organisation: 38,
  // Room for a kind's name in any interface language ("Forschungseinrichtung").
  kind: 18,
  contact_name: 26,
  role: 24,
  email: 32,
  phone: 20,
  website: 32,
  address: 30,
  postcode: 10,
  city: 18,
  country: 16,
  region: 24,
  sectors: 36,
  services: 44,
  notes: 44,
};

/** Excel refuses a cell longer than this many characters. */
const MAX_CELL_CHARS = 32_767;

/** Rows between pauses that let the zip stream drain into the output. */
const YIELD_EVERY = 100;

/**
 * What becomes a space: control characters other than tab and LF (most are not allowed in
 * XML; the C1 ones are allowed but no contact field holds them and some readers choke), and
 * the rest of what XML 1.0 cannot hold — U+FFFE, U+FFFF and unpaired surrogates. One of them
 * in a cell makes the whole workbook unreadable ("disallowed character"; Excel: "We found a
 * problem with some content").
 */
const NOT_IN_A_CELL = /[^\P{Cc}\t\n]|[\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * Cell text as a workbook can hold it: Excel's line break is LF (XML would turn CRLF into LF
 * anyway); what XML cannot hold becomes a space; Excel refuses cells over 32,767 characters
 * (UTF-16 units), so a longer one is cut, never between the two halves of a character.
 */
function xlsxText(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').replace(NOT_IN_A_CELL, ' ');
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // the first half of a surrogate pair
  return `${text.slice(0, end)}…`;
}

export async function writeXlsx(
  rows: RowSource,
  out: NodeJS.WritableStream,
  options: TableOptions = {},
): Promise<void> {
  const { columns, wording } = tableLayout(options);
  // exceljs ends the stream it writes to; the caller owns `out` (it may be stdout), so the
  // zip goes through a pass-through that is piped on without ending `out`.
  const zip = new PassThrough();
  zip.pipe(out, { end: false });
  const done = finished(zip);
  done.catch(() => undefined); // awaited below on success; on failure the error is the caller's
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: zip,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = APP_NAME;
  const sheet = workbook.addWorksheet('Contacts', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = columns.map((id) => ({
    key: id,
    width: WIDTHS[id],
    style: { numFmt: '@' },
  }));
  const header = sheet.addRow(columns.map((c) => wording.headers[c]));
  header.font = { bold: true };
  header.commit();
  try {
    let count = 0;
    for (const row of rows) {
      sheet.addRow(columns.map((c) => xlsxText(cellText(row, c, wording.kind)))).commit();
      count += 1;
      if (count % YIELD_EVERY === 0) {
        // Let the zip move on, and wait while the output is behind, so a slow disk or pipe
        // slows the export down instead of letting the workbook pile up in memory.
        await new Promise((resolve) => setImmediate(resolve));
        if (zip.writableNeedDrain) await once(zip, 'drain');
      }
    }
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: count + 1, column: columns.length },
    };
    sheet.commit();
    await workbook.commit();
    await done;
  } catch (error) {
    // Stop the half-written zip: nothing more reaches `out` (the caller discards the file).
    zip.unpipe(out);
    zip.destroy();
    throw error;
  }
}
