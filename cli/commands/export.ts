/**
 * `catalogue export --format F --out FILE|- [QUERY] [filters] | --shortlist NAME | --ids ...`:
 * the app's `exportContacts` call — the contacts of a search (all its matches), a shortlist or
 * chosen organisations as csv, csv-semicolon, google, outlook, vcard, vcard4 or xlsx
 * (docs/export.md). Everything is checked before a byte is written; a file is written under a
 * temporary name and renamed, so a failure leaves nothing behind. The summary goes to standard
 * error when the export itself goes to standard output.
 */
import type { Command } from 'commander';
import {
  ApiError,
  COLUMN_IDS,
  EXPORT_FORMATS,
  FORMATS_WITH_COLUMNS,
  LOCALES,
  ORGANISATION_KINDS,
  type ExportScope,
  type SearchQuery,
} from '../../contract';
import { fileExportTarget, STANDARD_OUTPUT } from '../../core/export-file';
import { printJson, sendJsonTo } from '../output';
import { collect, knownValue, plural, withCore, withDbOptions, type DbOptions } from '../options';
import { SUMMARIES } from '../summaries';

interface ExportCliOptions extends DbOptions {
  format: string;
  out: string;
  sector?: string[];
  region?: string[];
  serviceType?: string[];
  kind?: string[];
  country?: string[];
  shortlist?: string;
  ids?: string[];
  columns?: string[];
  locale: string;
  notes?: boolean;
}

function invalid(message: string): ApiError {
  return new ApiError('INVALID_ARGUMENT', message);
}

/** A list option as the query takes it: left out when empty. */
function given<K extends string, T>(key: K, list: T[]): Partial<Record<K, T[]>> {
  return list.length > 0 ? ({ [key]: list } as Record<K, T[]>) : {};
}

/** What the options select: a search (QUERY and filters), a shortlist, or ids — only one. */
function scopeOf(words: string[], o: ExportCliOptions): ExportScope {
  const text = words.join(' ').trim();
  const query: SearchQuery = {
    ...(text === '' ? {} : { text }),
    ...given('sectors', o.sector ?? []),
    ...given('regions', o.region ?? []),
    ...given('serviceTypes', o.serviceType ?? []),
    ...given(
      'kinds',
      (o.kind ?? []).map((kind) => knownValue(kind, ORGANISATION_KINDS, 'kind')),
    ),
    ...given(
      'countries',
      (o.country ?? []).map((c) => c.toUpperCase()),
    ),
  };
  const ids = o.ids ?? [];
  const searching = Object.keys(query).length > 0;
  const sources = [searching, o.shortlist !== undefined, ids.length > 0].filter(Boolean);
  if (sources.length > 1) {
    throw invalid('Choose one selection: a search (QUERY and filters), --shortlist or --ids.');
  }
  if (o.shortlist !== undefined) return { kind: 'shortlist', name: o.shortlist };
  if (ids.length > 0) return { kind: 'ids', ids };
  return { kind: 'query', query };
}

async function run(words: string[], o: ExportCliOptions): Promise<void> {
  const format = knownValue(o.format, EXPORT_FORMATS, 'export format');
  const locale = knownValue(o.locale, LOCALES, 'locale');
  if (o.columns !== undefined && !FORMATS_WITH_COLUMNS.includes(format)) {
    throw invalid(
      `--columns applies to ${FORMATS_WITH_COLUMNS.join(', ')}; the ${format} format has a fixed layout.`,
    );
  }
  const scope = scopeOf(words, o);
  const toStdout = o.out === STANDARD_OUTPUT;
  const result = await withCore(
    o,
    'read',
    (core) =>
      core.call('exportContacts', {
        format,
        scope,
        locale,
        ...(o.columns === undefined ? {} : { columns: o.columns }),
        ...(o.notes === true ? { notes: true } : {}),
      }),
    { exportTarget: fileExportTarget(o.out) },
  );
  const { contacts, organisations, skippedRemoved } = result;
  if (o.json === true) {
    printJson({ format, out: o.out, contacts, organisations, skippedRemoved });
    return;
  }
  const where = toStdout ? 'standard output' : o.out;
  const skipped =
    skippedRemoved > 0
      ? ` (${plural(skippedRemoved, 'shortlisted organisation')} no longer in the catalogue skipped)`
      : '';
  const report = toStdout ? process.stderr : process.stdout;
  report.write(
    `Wrote ${plural(contacts, 'contact')} of ${plural(organisations, 'organisation')} to ${where} (${format})${skipped}.\n`,
  );
}

export function register(program: Command): void {
  withDbOptions(
    program
      .command('export')
      .description(SUMMARIES.export)
      .argument('[query...]', 'search text: export all matches (with the filters below)')
      .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
      .requiredOption('--out <file>', 'file to write, or - for standard output')
      .option('--sector <ids>', 'only these sectors (repeat or separate with commas)', collect)
      .option('--region <codes>', 'only these NUTS regions and what they contain', collect)
      .option('--service-type <ids>', 'only organisations offering these service types', collect)
      .option('--kind <kinds>', `only these kinds: ${ORGANISATION_KINDS.join(', ')}`, collect)
      .option('--country <codes>', 'only these countries (ISO codes such as AT, SK)', collect)
      .option('--shortlist <name>', 'export the organisations of this shortlist')
      .option('--ids <ids>', 'export these organisation ids, in this order', collect)
      .option(
        '--columns <ids>',
        `csv, csv-semicolon and xlsx only: ${COLUMN_IDS.join(',')}`,
        collect,
      )
      .option(
        '--locale <lang>',
        `language of country and sector names: ${LOCALES.join(', ')}`,
        'en',
      )
      .option('--notes', 'include your private notes (a Notes column; NOTE in vCards)')
      .addHelpText(
        'after',
        '\nLists may be repeated or separated with commas. Formats, columns and what opens where: docs/export.md. A failed export leaves no file.',
      ),
    'print { format, out, contacts, organisations, skippedRemoved } as JSON',
  )
    // With --out - the contacts take standard output: the report, and with --json any error
    // object, go to standard error instead. Set as the option is read, before anything fails.
    .on('option:out', (value: string) => {
      if (value === STANDARD_OUTPUT) sendJsonTo(process.stderr);
    })
    .action(async (words: string[], options: ExportCliOptions) => {
      await run(words, options);
    });
}
