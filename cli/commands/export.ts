/**
 * `catalogue export --format F --out FILE|- [QUERY] [filters] | --shortlist NAME | --ids ...`:
 * writes the contacts of a search (all its matches), a shortlist or chosen organisations as
 * csv, csv-semicolon, google, outlook, vcard, vcard4 or xlsx (docs/export.md). Everything is
 * checked before a byte is written; a file is written under a temporary name and renamed, so
 * a failure leaves nothing behind. The summary goes to standard error when the export itself
 * goes to standard output.
 */
import type { Command } from 'commander';
import type { Db } from '../../db/sqlite';
import { localeKey } from '../../db/contact-rows';
import { CatalogueError } from '../../db/errors';
import { ORGANISATION_KINDS } from '../../catalogue-format/schema';
import { createSearchEngine } from '../../db/search/engine';
import { searchQuerySchema } from '../../db/search/query-schema';
import { loadTaxonomy, taxonomyIndex } from '../../db/taxonomy';
import { shortlistItems } from '../../db/user-data/shortlists';
import { writeFileAtomically } from '../../export/atomic-file';
import { openCliDatabase, plural, withDbOptions, type DbOptions } from '../options';
import { COLUMN_IDS, parseColumns } from '../../export/columns';
import {
  EXPORT_FORMATS,
  exportContacts,
  FORMATS_WITH_COLUMNS,
  parseExportFormat,
  type ExportCounts,
} from '../../export/export';
import { printJson, sendJsonTo } from '../output';
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
  columns?: string;
  locale: string;
}

type ListOption = 'sector' | 'region' | 'serviceType' | 'kind' | 'country' | 'ids';
/** The options with every list present (commander leaves an unused one undefined). */
type Resolved = ExportCliOptions & Required<Pick<ExportCliOptions, ListOption>>;

/** Repeatable options that also take comma-separated lists: `--sector ict,food --sector wood`. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ];
}

function invalid(message: string): CatalogueError {
  return new CatalogueError('INVALID_ARGUMENT', message);
}

/** Filter values must name something in the taxonomy: a typo must not export nothing. */
function checkFilters(o: Resolved): void {
  const index = taxonomyIndex(loadTaxonomy());
  const check = (values: string[], known: (v: string) => boolean, what: string, hint: string) => {
    const bad = values.find((v) => !known(v));
    if (bad !== undefined) throw invalid(`Unknown ${what} "${bad}": ${hint}.`);
  };
  check(o.sector, (v) => index.sector(v) !== undefined, 'sector', 'use a sector id such as ict');
  check(
    o.serviceType,
    (v) => index.serviceType(v) !== undefined,
    'service type',
    'use a service type id such as cooperation',
  );
  check(
    o.region,
    (v) => index.region(v) !== undefined,
    'region',
    'use a NUTS 2024 code such as AT312',
  );
  check(
    o.country,
    (v) => index.country(v) !== undefined,
    'country',
    'use an ISO code such as AT or SK',
  );
  check(
    o.kind,
    (v) => (ORGANISATION_KINDS as readonly string[]).includes(v),
    'kind',
    `choose from ${ORGANISATION_KINDS.join(', ')}`,
  );
}

interface Selection {
  ids: string[];
  /** Shortlisted organisations that the catalogue no longer holds (not exported). */
  removed: number;
}

function select(db: Db, words: string[], o: Resolved): Selection {
  const text = words.join(' ').trim();
  const searching =
    text !== '' ||
    [o.sector, o.region, o.serviceType, o.kind, o.country].some((list) => list.length > 0);
  const sources = [searching, o.shortlist !== undefined, o.ids.length > 0].filter(Boolean);
  if (sources.length > 1) {
    throw invalid('Choose one selection: a search (QUERY and filters), --shortlist or --ids.');
  }
  if (o.shortlist !== undefined) {
    const items = shortlistItems(db, o.shortlist);
    return {
      ids: items.filter((i) => !i.removed).map((i) => i.id),
      removed: items.filter((i) => i.removed).length,
    };
  }
  if (o.ids.length > 0) return { ids: o.ids, removed: 0 };
  checkFilters(o);
  const parsed = searchQuerySchema.safeParse({
    text: text === '' ? undefined : text,
    sectors: o.sector,
    regions: o.region,
    serviceTypes: o.serviceType,
    kinds: o.kind,
    countries: o.country,
    locale: o.locale,
  });
  if (!parsed.success) {
    throw invalid(`Invalid search: ${parsed.error.issues[0]?.message ?? 'check the filters'}.`);
  }
  const engine = createSearchEngine(db, loadTaxonomy());
  return { ids: engine.matchingIds(parsed.data), removed: 0 };
}

async function run(words: string[], options: ExportCliOptions): Promise<void> {
  const o: Resolved = {
    ...options,
    sector: options.sector ?? [],
    region: options.region ?? [],
    serviceType: options.serviceType ?? [],
    kind: options.kind ?? [],
    country: options.country ?? [],
    ids: options.ids ?? [],
  };
  const format = parseExportFormat(o.format);
  localeKey(o.locale);
  let columns;
  if (o.columns !== undefined) {
    if (!FORMATS_WITH_COLUMNS.includes(format)) {
      throw invalid(
        `--columns applies to ${FORMATS_WITH_COLUMNS.join(', ')}; the ${format} format has a fixed layout.`,
      );
    }
    columns = parseColumns(o.columns);
  }
  const toStdout = o.out === '-';
  const db = openCliDatabase(o, 'read');
  let counts: ExportCounts;
  let selection: Selection;
  try {
    selection = select(db, words, o);
    const options = { format, ids: selection.ids, columns, locale: o.locale };
    counts = toStdout
      ? await exportContacts(db, options, process.stdout)
      : await writeFileAtomically(o.out, (out) => exportContacts(db, options, out));
  } finally {
    db.close();
  }
  const report = toStdout ? process.stderr : process.stdout;
  if (o.json === true) {
    printJson({ format, out: o.out, ...counts, skippedRemoved: selection.removed });
    return;
  }
  const where = toStdout ? 'standard output' : o.out;
  const skipped =
    selection.removed > 0
      ? ` (${plural(selection.removed, 'shortlisted organisation')} no longer in the catalogue skipped)`
      : '';
  report.write(
    `Wrote ${plural(counts.contacts, 'contact')} of ${plural(counts.organisations, 'organisation')} to ${where} (${format})${skipped}.\n`,
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
      .option('--columns <ids>', `csv, csv-semicolon and xlsx only: ${COLUMN_IDS.join(',')}`)
      .option('--locale <lang>', 'language of country and sector names', 'en')
      .addHelpText(
        'after',
        '\nFormats, columns and what opens where: docs/export.md. A failed export leaves no file.',
      ),
    'print { format, out, contacts, organisations, skippedRemoved } as JSON',
  )
    // With --out - the contacts take standard output: the report, and with --json any error
    // object, go to standard error instead. Set as the option is read, before anything fails.
    .on('option:out', (value: string) => {
      if (value === '-') sendJsonTo(process.stderr);
    })
    .action(async (words: string[], options: ExportCliOptions) => {
      await run(words, options);
    });
}
