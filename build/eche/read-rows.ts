/**
 * Reads the European Commission's list of Erasmus Charter for Higher Education (ECHE
 * 2021-2027) holders, as kept in the shared reference data: one row per institution.
 *
 * © European Union — Erasmus+ ECHE holders list (reuse under Commission Decision 2011/833/EU),
 * taken from github.com/amoraschi/ErasmusDB `data/destinations.xlsx`; see ../shared/data/SOURCES.md.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../build-taxonomy';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The shared reference data beside the repository, as CI and every checkout have it
 * (`METACLUSTER_SHARED_DATA` points elsewhere, as for the tests).
 */
export const DEFAULT_DATA_DIR =
  process.env.METACLUSTER_SHARED_DATA ?? resolve(REPO, '../shared/data');
const ECHE_FILE = 'eche_higher_education_institutions.csv';

const ECHE_COLUMNS = [
  'erasmus_code',
  'oid',
  'legal_name',
  'street',
  'postcode',
  'city',
  'country_code',
  'website',
] as const;

export type EcheRow = Record<(typeof ECHE_COLUMNS)[number], string>;

/** An ECHE row together with the line a person sees it on in a spreadsheet (header = row 1). */
export interface NumberedRow {
  row: number;
  values: EcheRow;
}

/** The path of the ECHE file in `dataDir`; throws a sentence saying where it was looked for. */
function echePath(dataDir: string = DEFAULT_DATA_DIR): string {
  const path = join(dataDir, ECHE_FILE);
  if (!existsSync(path)) {
    throw new Error(
      `The ECHE directory (${ECHE_FILE}) is not in ${dataDir}: ` +
        'it comes with the shared reference data beside the repository (../shared/data); ' +
        'pass --data DIR (or set METACLUSTER_SHARED_DATA) to the folder that holds it.',
    );
  }
  return path;
}

/**
 * The rows of the ECHE file (papaparse, RFC 4180: some streets hold quoted line breaks).
 * The xlsx the file was converted from escaped a carriage return as `_x000D_` (OOXML's
 * ST_Xstring escape); those escapes are decoded here, so no value carries the artefact.
 */
export function readEcheRows(dataDir: string = DEFAULT_DATA_DIR): NumberedRow[] {
  const path = echePath(dataDir);
  return readCsv(path, ECHE_COLUMNS).map((raw, i) => ({
    row: i + 2,
    values: Object.fromEntries(
      ECHE_COLUMNS.map((column) => [column, decodeXlsxEscapes(raw[column] ?? '')]),
    ) as EcheRow,
  }));
}

const XLSX_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** `_x000D_` → U+000D, as Excel writes characters XML cannot hold. */
export function decodeXlsxEscapes(value: string): string {
  return value.replace(XLSX_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
