/**
 * CSV sources: what Excel, LibreOffice and Google Sheets save. UTF-8 with or without a BOM;
 * `,` or `;` between cells (Excel in German, Italian or Polish locales writes `;`), detected
 * from the header line. A CSV holds organisations only: events come from JSON or the XLSX
 * "events" sheet.
 */
import Papa from 'papaparse';
import type { Taxonomy } from './taxonomy-types';
import { decodeSourceText } from './decode-utf8';
import { catalogueFromSheets, type Sheet } from './tabular';
import { unreadable, validateSource, type RawSource, type SourceResult } from './validate';

/** Validates a CSV source from its bytes. */
export function parseCsv(bytes: Uint8Array, taxonomy: Taxonomy): SourceResult {
  const decoded = decodeCsv(bytes);
  return validateSource(decoded.ok ? csvSource(decoded.text) : decoded, taxonomy);
}

/** The text of a CSV source: UTF-8 (a byte order mark is allowed), decoded strictly. */
export const decodeCsv = (bytes: Uint8Array) =>
  decodeSourceText(bytes, 'save it as "CSV UTF-8" (Excel) or "Text CSV" with UTF-8 (LibreOffice)');

export function csvSource(text: string): RawSource {
  if (text.trim() === '') return unreadable('the file is empty: it needs a header row');

  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal !== undefined) {
    // papaparse counts data rows from 0 with the header as row 0: +1 gives the sheet row.
    return unreadable(
      `malformed CSV: ${fatal.message} (a quote is opened and never closed)`,
      fatal.row === undefined ? undefined : fatal.row + 1,
    );
  }
  const [header = [], ...data] = parsed.data;
  const sheet: Sheet = {
    header,
    headerRow: 1,
    rows: data.map((cells, i) => ({ row: i + 2, cells })),
    strayCellHint:
      delimiter === ';'
        ? ' (in a ";"-separated file, quote a cell holding a list: "ict;food")'
        : ' (quote a cell that contains a ",")',
  };
  return { ok: true, ...catalogueFromSheets(sheet, undefined) };
}

/** `;` when the header line has more `;` than `,` outside quotes; header names have neither. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
