/**
 * The one CSV writer behind the csv, csv-semicolon, google and outlook formats, and the one
 * place their two safety rules live, so no format can forget either:
 *
 * - quoting: RFC 4180 records with CRLF ends, and every field holding a quote, a CR, a LF or
 *   either separator (`,` or `;`) quoted, its quotes doubled;
 * - formula neutralising of every cell (formula.ts), except that the contact-import formats
 *   keep a plain phone number dialable.
 *
 * Optionally a UTF-8 byte-order mark; rows are streamed in batches.
 */
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula, neutralisePhoneForImport } from './formula';
import type { ContactRow, RowSource } from './rows';
import { TextSink } from './sink';

const UTF8_BOM = '\uFEFF';

/** Records stringified per call: amortises csv-stringify's set-up without holding many rows. */
const BATCH = 256;

/**
 * The fields that are quoted. Set here rather than left to csv-stringify's defaults: with a
 * `record_delimiter` of CRLF, it quotes a field only if it holds a whole CRLF and leaves a bare
 * CR or LF unquoted, which Python's csv, LibreOffice and Google Contacts read as the end of a
 * record (a row broke in two, and its second half could start with a live formula). The other
 * separator is quoted too, so a reader that guesses or is set to both (LibreOffice's import
 * dialog, Python's `csv.Sniffer`) still keeps such a value in one cell.
 */
const MUST_QUOTE = /[",;\r\n]/;

export interface CsvTableOptions {
  delimiter: ',' | ';';
  bom: boolean;
  headers: readonly string[];
  /** The text of one row's cells, in header order, as people should see it. */
  fields: (row: ContactRow) => string[];
  /** A phone column (by header) where a plain phone number is kept as it is, not neutralised. */
  dialablePhone?: string;
}

export async function writeCsvTable(
  rows: RowSource,
  out: NodeJS.WritableStream,
  options: CsvTableOptions,
): Promise<void> {
  const { headers } = options;
  const phone = options.dialablePhone === undefined ? -1 : headers.indexOf(options.dialablePhone);
  if (options.dialablePhone !== undefined && phone < 0) {
    throw new Error(`No column "${options.dialablePhone}" among the headers`);
  }
  const cells = (row: ContactRow): string[] => {
    const fields = options.fields(row);
    if (fields.length !== headers.length) {
      throw new Error(`A row has ${fields.length} cells for ${headers.length} headers`);
    }
    return fields.map((text, i) =>
      i === phone ? neutralisePhoneForImport(text) : neutraliseFormula(text),
    );
  };
  const format = (records: string[][]): string =>
    stringify(records, {
      delimiter: options.delimiter,
      record_delimiter: '\r\n',
      quoted_match: MUST_QUOTE,
      eof: true,
    });
  const sink = new TextSink(out);
  await sink.write((options.bom ? UTF8_BOM : '') + format([[...headers]]));
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(cells(row));
    if (batch.length === BATCH) {
      if (sink.push(format(batch))) await sink.flush();
      batch = [];
    }
  }
  if (batch.length > 0) await sink.write(format(batch));
  await sink.flush();
}
