/**
 * CSV sources: what Excel, LibreOffice and Google Sheets save. UTF-8 with or without a BOM;
 * `,` or `;` between cells (Excel in German, Italian or Polish locales writes `;`), detected
 * from the header line. A CSV holds organisations only: events come from JSON or the XLSX
 * "events" sheet.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Taxonomy } from '../taxonomy-types';
import { catalogueFromSheets, type Sheet } from './tabular';
import { validateCatalogue, type SourceResult } from './validate';

export async function readCsv(path: string, taxonomy: Taxonomy): Promise<SourceResult> {
  return parseCsv(await readFile(path), taxonomy);
}

export function parseCsv(bytes: Uint8Array, taxonomy: Taxonomy): SourceResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return failure(
      'the file is not UTF-8 text: save it as "CSV UTF-8" (Excel) or "Text CSV" with UTF-8 (LibreOffice)',
    );
  }
  if (text.trim() === '') return failure('the file is empty: it needs a header row');

  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal !== undefined) {
    // papaparse counts data rows from 0 with the header as row 0: +1 gives the sheet row.
    const row = fatal.row === undefined ? undefined : fatal.row + 1;
    return {
      ok: false,
      problems: [
        {
          ...(row === undefined ? {} : { row }),
          message: `malformed CSV: ${fatal.message} (a quote is opened and never closed)`,
        },
      ],
    };
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
  const { raw, options } = catalogueFromSheets(sheet, undefined);
  return validateCatalogue(raw, taxonomy, options);
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

function failure(message: string): SourceResult {
  return { ok: false, problems: [{ message }] };
}
