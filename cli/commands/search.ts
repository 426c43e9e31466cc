/**
 * `catalogue search [QUERY]`: the app's `search` call, with its filters and facets, for
 * scripts and for a quick look from a terminal. The query is checked with the contract's own
 * schema first, so a refused value is reported as the option the user typed. `--json` prints
 * exactly
 * `{ total, results: [{ id, name, kind, city, country, region, sectors, snippet, highlights }],
 * facets: { sector, region, service_type, kind, country }, matched, dropped, corrections }`
 * (the last three as documented in the README, "search --json").
 */
import type { Command } from 'commander';
import type { FacetValue, SearchHit, SearchResult } from '../../contract';
import { searchQuerySchema } from '../../contract/search';
import { quote } from '../../core/catalogue-files';
import { printJson } from '../output';
import {
  collect,
  plural,
  printLines,
  styling,
  usageError,
  wholeNumber,
  withCore,
  withDbOptions,
  type DbOptions,
} from '../options';
import { SUMMARIES } from '../summaries';

interface SearchOptions extends DbOptions {
  sector?: string[];
  region?: string[];
  serviceType?: string[];
  kind?: string[];
  country?: string[];
  sort?: string;
  limit?: number;
  offset?: number;
  locale?: string;
}

/** Query fields as the user typed them, for error messages. */
const FLAG: Record<string, string> = {
  text: 'QUERY',
  sectors: '--sector',
  regions: '--region',
  serviceTypes: '--service-type',
  kinds: '--kind',
  countries: '--country',
  sort: '--sort',
  limit: '--limit',
  offset: '--offset',
  locale: '--locale',
};

const FACETS: readonly [keyof SearchResult['facets'], string][] = [
  ['sector', 'Sectors'],
  ['region', 'Regions'],
  ['service_type', 'Service types'],
  ['kind', 'Kinds'],
  ['country', 'Countries'],
];
const TOP_FACET_VALUES = 6;

export function register(program: Command): void {
  withDbOptions(
    program
      .command('search')
      .description(SUMMARIES.search)
      .argument(
        '[query]',
        'words to search for (any language, diacritics and small typos are fine)',
      )
      .option('--sector <id>', 'only these sectors (repeat or separate with commas)', collect)
      .option(
        '--region <code>',
        'only these NUTS regions, with their subregions (repeat or separate with commas)',
        collect,
      )
      .option(
        '--service-type <id>',
        'only organisations offering this service type (repeat or separate with commas)',
        collect,
      )
      .option(
        '--kind <kind>',
        'cluster, partner, supplier, research, agency or other (repeat or separate with commas)',
        collect,
      )
      .option(
        '--country <cc>',
        'ISO country code such as AT (repeat or separate with commas)',
        collect,
      )
      .option('--sort <order>', 'relevance (default) or name')
      .option('--limit <n>', 'results to show, 1 to 500 (default 50)', wholeNumber('--limit'))
      .option('--offset <n>', 'results to skip', wholeNumber('--offset'))
      .option(
        '--locale <lang>',
        'language of labels and name order: en, de, it, sk, cs, hu, pl or sl (default en)',
      ),
    'print { total, results, facets } as JSON',
  ).action(async function (this: Command, text: string | undefined, options: SearchOptions) {
    const input = {
      text,
      sectors: options.sector,
      regions: options.region,
      serviceTypes: options.serviceType,
      kinds: options.kind,
      countries: options.country?.map((c) => c.toUpperCase()),
      sort: options.sort,
      limit: options.limit,
      offset: options.offset,
      locale: options.locale,
    };
    const parsed = searchQuerySchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      const value = offendingValue(input, issue?.path ?? []);
      usageError(
        this,
        `${FLAG[field] ?? field}${value === undefined ? '' : ` ${quote(value)}`}: ${issue?.message ?? 'invalid value'}`,
      );
    }
    const query = parsed.data;
    const result = await withCore(options, 'read', (core) => core.call('search', query));
    if (options.json === true) {
      printJson({
        total: result.total,
        results: result.results.map((r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          city: r.city,
          country: r.country,
          region: r.region,
          sectors: r.sectors,
          snippet: r.snippet,
          highlights: r.highlights,
        })),
        facets: {
          sector: result.facets.sector.map(facetJson),
          region: result.facets.region.map(facetJson),
          service_type: result.facets.service_type.map(facetJson),
          kind: result.facets.kind.map(facetJson),
          country: result.facets.country.map(facetJson),
        },
        matched: result.matched ?? [],
        dropped: result.dropped ?? [],
        corrections: result.corrections ?? [],
      });
      return;
    }
    const { bold, dim } = styling();
    const offset = query.offset ?? 0;
    const lines: string[] = [];
    if (result.corrections && result.corrections.length > 0) {
      lines.push(dim(`(searched for ${correctionsText(result.corrections)})`));
    }
    if (result.dropped && result.dropped.length > 0) {
      lines.push(
        dim(
          `(no organisation matches all the words: showing those that match ${AND.format(quoted(result.matched ?? []))}, without ${AND.format(quoted(result.dropped))})`,
        ),
      );
    }
    for (const hit of result.results) {
      const place = [hit.city, hit.country].filter(Boolean).join(', ');
      lines.push(`${bold(hit.name)}  ${dim(`${hit.kind} · ${place} · ${hit.id}`)}`);
      if (hit.snippet !== '' && hit.snippet !== hit.name) lines.push(`    ${highlight(hit, bold)}`);
    }
    const shown = result.results.length;
    lines.push(
      shown === 0
        ? `No organisations match${text ? ` "${text}"` : ''}.`
        : `${plural(result.total, 'organisation')} match; showing ${offset + 1}–${offset + shown}.`,
    );
    for (const [facet, title] of FACETS) {
      const values = result.facets[facet].filter((v) => v.count > 0).slice(0, TOP_FACET_VALUES);
      if (values.length === 0) continue;
      // The id is what --sector, --region ... take, so it is shown beside the label.
      lines.push(
        `${title}: ${values.map((v) => `${v.label} ${dim(`[${v.id}]`)} (${v.count})`).join(' · ')}`,
      );
    }
    printLines(lines);
  });
}

const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });
const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`);

/** "univ or uni instead of unvi, wien instead of wein": each replaced word named once. */
function correctionsText(corrections: readonly { from: string; to: string }[]): string {
  const byWord = new Map<string, string[]>();
  for (const { from, to } of corrections) byWord.set(from, [...(byWord.get(from) ?? []), to]);
  return [...byWord].map(([from, to]) => `${OR.format(to)} instead of ${from}`).join(', ');
}

/** The text the user typed where a query check failed (undefined for a missing or whole list). */
function offendingValue(input: object, path: readonly PropertyKey[]): string | undefined {
  let value: unknown = input;
  for (const key of path) {
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  }
  return typeof value === 'string' ? value : undefined;
}

function facetJson(v: FacetValue): { id: string; label: string; count: number } {
  return { id: v.id, label: v.label, count: v.count };
}

/** The snippet with its matched words in bold (plain text when not on a terminal). */
function highlight(hit: SearchHit, bold: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.highlights) {
    if (start < at) continue;
    out += hit.snippet.slice(at, start) + bold(hit.snippet.slice(start, end));
    at = end;
  }
  return out + hit.snippet.slice(at);
}
