/**
 * Writes the organisations of a catalogue as a CSV source (see docs/catalogue-format.md): for
 * administrators starting a spreadsheet, and for tests. A CSV has no room for events; they
 * stay in JSON or the XLSX "events" sheet, and the writer says how many it left out.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Catalogue } from './schema';
import { organisationCells, organisationHeader } from './to-sheet';

export interface CsvOptions {
  /** `;` opens correctly in Excel in most continental European locales. Default `,`. */
  delimiter?: ',' | ';';
  /** A UTF-8 byte order mark, so Excel on Windows reads the diacritics right. Default true. */
  bom?: boolean;
}

/** Rows written per chunk: few enough to stream, enough to keep the per-call cost low. */
const BATCH = 500;

/** Streams the CSV to `out` (left open); resolves with the number of events not written. */
export async function writeCsv(
  catalogue: Catalogue,
  out: Writable,
  options: CsvOptions = {},
): Promise<{ eventsOmitted: number }> {
  const format = csvFormat(options);
  const header = organisationHeader(catalogue.organisations);
  if (options.bom ?? true) await write(out, '\uFEFF');
  await write(out, stringify([header], format));
  const orgs = catalogue.organisations;
  for (let i = 0; i < orgs.length; i += BATCH) {
    const rows = orgs.slice(i, i + BATCH).map((org) => organisationCells(org, header));
    await write(out, stringify(rows, format));
  }
  return { eventsOmitted: catalogue.events.length };
}

/** The whole CSV as a string (small catalogues, tests). */
export function catalogueToCsv(catalogue: Catalogue, options: CsvOptions = {}): string {
  const format = csvFormat(options);
  const header = organisationHeader(catalogue.organisations);
  const rows = catalogue.organisations.map((org) => organisationCells(org, header));
  return `${(options.bom ?? true) ? '\uFEFF' : ''}${stringify([header, ...rows], format)}`;
}

/**
 * RFC 4180 with CRLF record ends. With a record delimiter set, csv-stringify leaves a bare CR or
 * LF unquoted, so an address with a line break would split its row: every value holding a
 * separator, quote or line break is quoted explicitly (as export/csv-table.ts does).
 */
function csvFormat(options: CsvOptions) {
  return {
    delimiter: options.delimiter ?? ',',
    record_delimiter: 'windows',
    quoted_match: /[",;\r\n]/,
  } as const;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}
