/**
 * The ECHE list (5,912 European higher-education institutions) as a catalogue source
 * (`metacluster-catalogue/1`, docs/catalogue-format.md): real, messy data for search tests,
 * the relevance set and the benchmark, and a catalogue an administrator can import.
 *
 * Field by field (docs/data-sources.md says the same for users):
 * - id: "eche-" and the Erasmus code, lower case, spaces as "-" ("A  WIEN01" → eche-a-wien01).
 *   Every row has a unique Erasmus code; the OID (missing as "#N/A" in 927 rows, and shared
 *   by two rows) is the fallback for a row without one.
 * - name: legal_name as written (often in capitals, sometimes without its accents): the
 *   list is the source, and a name "corrected" by a program would be invented.
 * - kind: `research` for every row. All are higher-education institutions (NACE 85.4); the
 *   format has no education kind, and among its six kinds universities and colleges are the
 *   network's research partners. Telling universities from colleges by their names would be
 *   a guess.
 * - address (street), postcode, city: as written, runs of spaces in single-line values made
 *   one; streets may have line breaks.
 * - country: ISO 3166-1 alpha-2 (the list writes Eurostat's EL for Greece).
 * - region: only where certain (region.ts); website: see website.ts.
 */
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import { CATALOGUE_SCHEMA } from '../../catalogue-format/schema';
import { DEFAULT_DATA_DIR, readEcheRows, type NumberedRow } from './read-rows';
import { regionFinder, type RegionFinder } from './region';
import { echeWebsite } from './website';

/** An organisation as the JSON source writes it (validated by the catalogue's own reader). */
interface EcheOrganisation {
  id: string;
  kind: 'research';
  name: string;
  country: string;
  region?: string;
  city?: string;
  address?: string;
  postcode?: string;
  website?: string;
}

interface EcheSource {
  schema: typeof CATALOGUE_SCHEMA;
  organisations: EcheOrganisation[];
}

/** A value of the list that the source leaves out, and why (printed by the build script). */
interface EcheNote {
  row: number;
  id: string;
  field: 'website';
  value: string;
  reason: string;
}

export interface EcheImport {
  source: EcheSource;
  notes: EcheNote[];
}

const NOT_AVAILABLE = /^#N\/A$/i;

/** "A  WIEN01" → "eche-a-wien01"; the OID when the row has no Erasmus code. */
export function echeId(erasmusCode: string, oid: string): string {
  const code = erasmusCode.trim();
  if (code !== '') return `eche-${code.replace(/\s+/g, '-').toLowerCase()}`;
  const fallback = oid.trim();
  if (fallback !== '' && !NOT_AVAILABLE.test(fallback)) return `eche-oid-${fallback.toLowerCase()}`;
  return '';
}

/** Trimmed, with runs of whitespace made one space; undefined when empty. */
function oneLine(value: string): string | undefined {
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** Trimmed lines, `\r\n` and `\r` as `\n`, spaces inside a line made one. */
function lines(value: string): string | undefined {
  const text = value
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return text === '' ? undefined : text;
}

/** Eurostat's country codes (EL, UK) as ISO alpha-2; other codes are already ISO. */
function isoCountries(taxonomy: Taxonomy): Map<string, string> {
  return new Map(taxonomy.countries.map((c) => [c.nutsCode, c.code]));
}

function organisation(
  { row, values }: NumberedRow,
  iso: ReadonlyMap<string, string>,
  findRegion: RegionFinder,
  notes: EcheNote[],
): EcheOrganisation {
  const id = echeId(values.erasmus_code, values.oid);
  if (id === '') {
    throw new Error(
      `ECHE row ${String(row)} has neither an Erasmus code nor an OID, so it cannot get a stable id.`,
    );
  }
  const eurostatCountry = values.country_code.trim();
  const country = iso.get(eurostatCountry) ?? eurostatCountry;
  const city = oneLine(values.city);
  const region = city === undefined ? undefined : findRegion(country, city);
  const site = echeWebsite(values.website);
  if (site.reason !== undefined) {
    notes.push({ row, id, field: 'website', value: values.website.trim(), reason: site.reason });
  }
  return {
    id,
    kind: 'research',
    name: oneLine(values.legal_name) ?? '',
    country,
    ...definedOnly({
      region,
      city,
      address: lines(values.street),
      postcode: oneLine(values.postcode),
      website: site.website,
    }),
  };
}

/** The fields that have a value: a person writing the JSON leaves empty ones out. */
function definedOnly<T extends Record<string, string | undefined>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** The catalogue source for `rows`, in the list's order. */
export function echeSource(rows: readonly NumberedRow[], taxonomy: Taxonomy): EcheImport {
  const iso = isoCountries(taxonomy);
  const findRegion = regionFinder(taxonomy);
  const notes: EcheNote[] = [];
  const organisations = rows.map((row) => organisation(row, iso, findRegion, notes));
  return { source: { schema: CATALOGUE_SCHEMA, organisations }, notes };
}

/** Reads the ECHE file of `dataDir` (default ../shared/data) and converts it. */
export function loadEcheSource(taxonomy: Taxonomy, dataDir: string = DEFAULT_DATA_DIR): EcheImport {
  return echeSource(readEcheRows(dataDir), taxonomy);
}
