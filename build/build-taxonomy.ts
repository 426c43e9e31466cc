/**
 * Builds the app's bundled reference taxonomies (catalogue/taxonomy/*.json) from the shared
 * reference data (../shared/data beside the repository, or --data DIR):
 *
 * - regions.json   every NUTS 2024 row, levels 0-3 (© European Union, Eurostat)
 * - countries.json ISO 3166-1 countries with names in ten languages (i18n-iso-countries, MIT)
 * - nace-2.1.json  NACE Rev. 2.1 codes and titles (Delegated Regulation (EU) 2023/137)
 *
 * and checks that the hand-written sectors.json maps only to NACE codes that exist.
 * The output is committed: the app and CI read it, never ../shared. Running the script twice
 * gives byte-identical files. Sources are cited in docs/data-sources.md.
 *
 * Usage: npm run build:taxonomy [-- --data DIR] [-- --out DIR]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { format, resolveConfig } from 'prettier';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_DATA = resolve(REPO, '../shared/data');
const DEFAULT_OUT = join(REPO, 'catalogue/taxonomy');

/** Eurostat writes EL for Greece and UK for the United Kingdom; the app stores ISO alpha-2. */
const EUROSTAT_TO_ISO: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };
const COUNTRY_LANGUAGES = ['en', 'de', 'it', 'cs', 'sk', 'hu', 'pl', 'sl', 'hr', 'fr'] as const;

type Row = Record<string, string>;

export interface RegionRecord {
  code: string;
  level: number;
  parentCode: string | null;
  country: string;
  name: string;
  nameLatin: string;
  extraRegio?: true;
}

export interface CountryRecord {
  code: string;
  nutsCode: string;
  labels: Record<string, string>;
}

export interface NaceRecord {
  code: string;
  level: number;
  title: string;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Parses a CSV file with a header row; fields may hold quoted newlines (NACE, ECHE). */
export function readCsv(path: string, required: readonly string[]): Row[] {
  if (!existsSync(path)) fail(`${path} not found: pass --data DIR with the shared data folder.`);
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
  });
  const first = parsed.errors[0];
  if (first) fail(`${path}, row ${(first.row ?? 0) + 2}: ${first.message}`);
  const fields = parsed.meta.fields ?? [];
  for (const column of required) {
    if (!fields.includes(column)) fail(`${path}: column "${column}" is missing.`);
  }
  return parsed.data;
}

function field(row: Row, name: string): string {
  return (row[name] ?? '').trim();
}

function level(row: Row, path: string, max: number): number {
  const value = Number(field(row, 'level'));
  if (!Number.isInteger(value) || value < 0 || value > max) {
    fail(`${path}: "${field(row, 'code')}" has level "${field(row, 'level')}".`);
  }
  return value;
}

export function buildRegions(rows: readonly Row[], path = 'nuts_2024.csv'): RegionRecord[] {
  const sorted = [...rows].sort(
    (a, b) => Number(field(a, 'sort_order')) - Number(field(b, 'sort_order')),
  );
  const seen = new Set<string>();
  return sorted.map((row) => {
    const code = field(row, 'code');
    const parent = field(row, 'parent_code');
    // Parents come first in Eurostat's order; the database's self-reference relies on it.
    if (parent !== '' && !seen.has(parent)) fail(`${path}: ${code} comes before its parent.`);
    seen.add(code);
    const eurostat = field(row, 'country_code');
    const record: RegionRecord = {
      code,
      level: level(row, path, 3),
      parentCode: parent === '' ? null : parent,
      country: EUROSTAT_TO_ISO[eurostat] ?? eurostat,
      name: field(row, 'name'),
      nameLatin: field(row, 'name_latin') || field(row, 'name'),
    };
    if (field(row, 'extra_regio') === '1') record.extraRegio = true;
    return record;
  });
}

export function buildCountries(rows: readonly Row[]): CountryRecord[] {
  return rows
    .map((row) => ({
      code: field(row, 'alpha2'),
      nutsCode: field(row, 'eurostat_code'),
      labels: Object.fromEntries(
        COUNTRY_LANGUAGES.map((lang): [string, string] => [
          lang,
          field(row, `name_${lang}`),
        ]).filter(([, name]) => name !== ''),
      ),
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export function buildNace(rows: readonly Row[], path = 'nace_rev2_1.csv'): NaceRecord[] {
  return rows.map((row) => ({
    code: field(row, 'code'),
    level: level(row, path, 4),
    title: field(row, 'description').replace(/\s+/g, ' '),
  }));
}

/** Every NACE code a sector lists must exist in NACE Rev. 2.1. */
export function checkSectors(sectorsPath: string, nace: readonly NaceRecord[]): void {
  const codes = new Set(nace.map((n) => n.code));
  const sectors = JSON.parse(readFileSync(sectorsPath, 'utf8')) as { id: string; nace: string[] }[];
  for (const sector of sectors) {
    for (const code of sector.nace) {
      if (!codes.has(code)) fail(`${sectorsPath}: sector ${sector.id} lists unknown NACE ${code}.`);
    }
  }
}

/** One record per line: small diffs when Eurostat changes a name. */
function linesJson(records: readonly unknown[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

async function prettierJson(records: readonly unknown[], path: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(records), { ...options, parser: 'json', filepath: path });
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  return args[i + 1] ?? fail(`${name} needs a folder.`);
}

async function main(args: readonly string[]): Promise<void> {
  const data = resolve(argValue(args, '--data') ?? DEFAULT_DATA);
  const out = resolve(argValue(args, '--out') ?? DEFAULT_OUT);
  const nutsPath = join(data, 'nuts_2024.csv');
  const isoPath = join(data, 'iso3166_countries.csv');
  const nacePath = join(data, 'nace_rev2_1.csv');

  const regions = buildRegions(
    readCsv(nutsPath, ['code', 'level', 'parent_code', 'country_code', 'name', 'name_latin']),
    nutsPath,
  );
  const countries = buildCountries(readCsv(isoPath, ['alpha2', 'eurostat_code', 'name_en']));
  const nace = buildNace(readCsv(nacePath, ['code', 'level', 'description']), nacePath);
  checkSectors(join(out, 'sectors.json'), nace);

  writeFileSync(join(out, 'regions.json'), linesJson(regions));
  writeFileSync(join(out, 'countries.json'), linesJson(countries));
  const nacePathOut = join(out, 'nace-2.1.json');
  writeFileSync(nacePathOut, await prettierJson(nace, nacePathOut));
  console.log(
    `Wrote ${regions.length} regions, ${countries.length} countries and ${nace.length} NACE codes to ${out}.`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
