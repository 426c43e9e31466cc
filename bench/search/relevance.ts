/**
 * The relevance rows of `npm run bench -- search`: recall@3 and recall@10 of the relevance set
 * (tests/fixtures/relevance/, #14 point 6) over real data — the ECHE list of 5,912
 * higher-education institutions and the bundled catalogue, imported as `catalogue import`
 * does — measured once, beside the speed figures of the generated catalogues, with the
 * engine's time on those real queries.
 */
import { createSearchEngine } from '../../db/search/engine';
import { loadTaxonomy } from '../../db/taxonomy';
import { openRelevanceDatabase } from '../../tests/fixtures/relevance/database';
import {
  evaluate,
  foundWithin,
  meetsDemand,
  type RelevanceOutcome,
} from '../../tests/fixtures/relevance/evaluate';
import { RELEVANCE_QUERIES } from '../../tests/fixtures/relevance/queries';
import { RELEVANCE_CATEGORIES } from '../../tests/fixtures/relevance/types';
import { ms, quantile, table, time } from '../stats';

const REPEATS = 5;

const share = (hits: number, of: number) =>
  of === 0 ? 'n/a' : `${((100 * hits) / of).toFixed(0)}% (${String(hits)}/${String(of)})`;

function count(outcomes: readonly RelevanceOutcome[], test: (o: RelevanceOutcome) => boolean) {
  return share(outcomes.filter(test).length, outcomes.length);
}

/** The relevance table as Markdown, or one line saying why it could not be measured. */
export async function relevanceReport(): Promise<string> {
  let catalogue;
  try {
    catalogue = await openRelevanceDatabase();
  } catch (error) {
    return `Relevance not measured: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    const engine = createSearchEngine(catalogue.db, loadTaxonomy());
    const outcomes = evaluate(engine, RELEVANCE_QUERIES);
    const times: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      for (const q of RELEVANCE_QUERIES) times.push(time(() => engine.search({ text: q.text })));
    }
    const top10Demands = RELEVANCE_QUERIES.filter((q) => q.within === 10).length;
    const rows: string[][] = [
      [
        'queries (top 3 demanded / top 10)',
        `${String(outcomes.length)} (${String(outcomes.length - top10Demands)} / ${String(top10Demands)})`,
        '≥ 60',
      ],
      ['recall@3', count(outcomes, (o) => foundWithin(o, 3)), ''],
      ['recall@10', count(outcomes, (o) => foundWithin(o, 10)), ''],
      ['found where demanded (top 3 or top 10)', count(outcomes, meetsDemand), '100%'],
      ...RELEVANCE_CATEGORIES.map((category) => [
        `where demanded, ${category}`,
        count(
          outcomes.filter((o) => o.query.category === category),
          meetsDemand,
        ),
        '',
      ]),
      [
        `engine search+facets p50 / p95 (each ×${String(REPEATS)})`,
        `${ms(quantile(times, 0.5))} / ${ms(quantile(times, 0.95))}`,
        '',
      ],
    ];
    const title =
      `Relevance: ${String(outcomes.length)} queries over ${catalogue.organisations.toLocaleString('en')} ` +
      'real organisations (ECHE list + bundled catalogue; tests/fixtures/relevance/)';
    return `${title}\n\n${table(['measure', 'value', 'goal'], rows)}`;
  } finally {
    catalogue.close();
  }
}
