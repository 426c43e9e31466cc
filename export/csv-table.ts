/**
 * The one CSV writer behind the csv, csv-semicolon, google and outlook formats: RFC 4180
 * records (csv-stringify: fields with the delimiter, a quote or a line break are quoted, quotes
 * doubled), CRLF record ends, optionally a UTF-8 byte-order mark, streamed in batches.
 */
import { stringify } from 'csv-stringify/sync';
import type { ContactRow, RowSource } from './rows';
import { TextSink } from './sink';

export const UTF8_BOM = '\uFEFF';

/** Records stringified per call: amortises csv-stringify's set-up without holding many rows. */
const BATCH = 256;

export interface CsvTableOptions {
  delimiter: ',' | ';';
  bom: boolean;
  headers: readonly string[];
  /** The cells of one row, already neutralised for spreadsheets where the format needs it. */
  cells: (row: ContactRow) => string[];
}

export async function writeCsvTable(
  rows: RowSource,
  out: NodeJS.WritableStream,
  options: CsvTableOptions,
): Promise<void> {
  const sink = new TextSink(out);
  const format = (records: string[][]): string =>
    stringify(records, { delimiter: options.delimiter, record_delimiter: '\r\n', eof: true });
  await sink.write((options.bom ? UTF8_BOM : '') + format([[...options.headers]]));
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(options.cells(row));
    if (batch.length === BATCH) {
      if (sink.push(format(batch))) await sink.flush();
      batch = [];
    }
  }
  if (batch.length > 0) await sink.write(format(batch));
  await sink.flush();
}
