/**
 * Contact-list export: the rows of the given organisations, in the given order, written in
 * one of seven formats to a stream. Used by `catalogue export`, the API and the app; the
 * caller chooses the organisations (a query's matches, a shortlist, ids) and owns the stream
 * (this never ends it, so it may be stdout).
 */
import {
  COLUMN_IDS,
  EXPORT_FORMATS,
  type ColumnId,
  type ExportFormat,
  type Locale,
} from '../contract/lists';
import type { Db } from '../db/sqlite';
import { contactRows, localeKey, uniqueIds, unknownOrganisationIds } from '../db/contact-rows';
import { openReadSnapshot } from '../db/read-snapshot';
import { CatalogueError } from '../db/errors';
import { englishWording, localWording } from './column-labels';
import type { TableColumn } from './columns';
import { writeCsv } from './csv';
import { writeGoogleCsv } from './google';
import { writeOutlookCsv } from './outlook';
import type { ContactRow } from './rows';
import { writeVcards } from './vcard';
import { writeXlsx } from './xlsx';

/** The usual file extension of each format. */
export const FORMAT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  csv: 'csv',
  'csv-semicolon': 'csv',
  google: 'csv',
  outlook: 'csv',
  vcard: 'vcf',
  vcard4: 'vcf',
  xlsx: 'xlsx',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function parseExportFormat(value: string): ExportFormat {
  if (!isExportFormat(value)) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `Unknown export format "${value}": choose from ${EXPORT_FORMATS.join(', ')}.`,
    );
  }
  return value;
}

export interface ExportOptions {
  format: ExportFormat;
  /** Organisation ids in the order to write them; repeats are written once. */
  ids: string[];
  /** Columns of csv, csv-semicolon and xlsx, in order (default: all); ignored by the others. */
  columns?: ColumnId[];
  /** Language of country and sector names (default en). */
  locale?: string;
  /** Skip ids that name no organisation instead of refusing the export. */
  skipUnknown?: boolean;
  /**
   * Column headers and kind values of csv, csv-semicolon and xlsx in this interface language
   * (for people opening the file); default English headers and kind ids (for scripts).
   */
  columnLanguage?: Locale;
  /**
   * The user's private notes: a last column "Notes" in csv, csv-semicolon and xlsx; first in
   * the note of google, outlook and vCard entries. Default false.
   */
  notes?: boolean;
}

export interface ExportCounts {
  /** Entries written: rows of a CSV or sheet, cards of a vCard file (one per contact, and one
   * per organisation without contacts). */
  contacts: number;
  /** Distinct organisations those entries belong to. */
  organisations: number;
}

/**
 * Writes the export to `out` and resolves with what it wrote. Checks everything it can
 * (format, locale, unknown ids) before writing a byte.
 */
export async function exportContacts(
  db: Db,
  opts: ExportOptions,
  out: NodeJS.WritableStream,
): Promise<ExportCounts> {
  const format = parseExportFormat(opts.format);
  const locale = localeKey(opts.locale ?? 'en');
  // Every page from the same catalogue version, even if a sync commits while this writes.
  const snapshot = openReadSnapshot(db);
  try {
    return await writeExport(snapshot.db, format, locale, opts, out);
  } finally {
    snapshot.close();
  }
}

async function writeExport(
  db: Db,
  format: ExportFormat,
  locale: string,
  opts: ExportOptions,
  out: NodeJS.WritableStream,
): Promise<ExportCounts> {
  let ids = uniqueIds(opts.ids);
  const unknown = unknownOrganisationIds(db, ids);
  if (unknown.length > 0) {
    if (opts.skipUnknown === true) {
      const missing = new Set(unknown);
      ids = ids.filter((id) => !missing.has(id));
    } else {
      const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : '';
      throw new CatalogueError(
        'NOT_FOUND',
        `No organisation has the id "${unknown[0] ?? ''}"${more}: check the ids, or search to find them.`,
      );
    }
  }
  const counts: ExportCounts = { contacts: 0, organisations: 0 };
  function* rows(): Generator<ContactRow, void, undefined> {
    let last: string | undefined;
    for (const page of contactRows(db, ids, locale, undefined, opts.notes === true)) {
      for (const row of page) {
        counts.contacts += 1;
        if (row.organisationId !== last) counts.organisations += 1;
        last = row.organisationId;
        yield row;
      }
    }
  }
  const columns: TableColumn[] = [...(opts.columns ?? COLUMN_IDS)];
  if (opts.notes === true) columns.push('notes');
  const wording =
    opts.columnLanguage === undefined ? englishWording : localWording(opts.columnLanguage);
  switch (format) {
    case 'csv':
      await writeCsv(rows(), out, { delimiter: ',', columns, wording });
      break;
    case 'csv-semicolon':
      await writeCsv(rows(), out, { delimiter: ';', columns, wording });
      break;
    case 'google':
      await writeGoogleCsv(rows(), out);
      break;
    case 'outlook':
      await writeOutlookCsv(rows(), out);
      break;
    case 'vcard':
      await writeVcards(rows(), out, '3.0');
      break;
    case 'vcard4':
      await writeVcards(rows(), out, '4.0');
      break;
    case 'xlsx':
      await writeXlsx(rows(), out, { columns, wording });
      break;
  }
  return counts;
}
