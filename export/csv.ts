/**
 * `csv` and `csv-semicolon`: the chosen columns for a spreadsheet. UTF-8 with a byte-order
 * mark (Excel only recognises UTF-8 by it) and `;` for the Excel of Central European locales,
 * whose list separator is the semicolon. Every cell is formula-neutralised (csv-table.ts).
 */
import { tableLayout, type TableOptions } from './column-labels';
import { cellText } from './columns';
import { writeCsvTable } from './csv-table';
import type { RowSource } from './rows';

export interface CsvOptions extends TableOptions {
  delimiter?: ',' | ';';
}

export async function writeCsv(
  rows: RowSource,
  out: NodeJS.WritableStream,
  options: CsvOptions = {},
): Promise<void> {
  const { columns, wording } = tableLayout(options);
  await writeCsvTable(rows, out, {
    delimiter: options.delimiter ?? ',',
    bom: true,
    headers: columns.map((c) => wording.headers[c]),
    fields: (row) => columns.map((c) => cellText(row, c, wording.kind)),
  });
}
