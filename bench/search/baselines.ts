/**
 * The two baselines the engine is measured against in the same run:
 * - fuse.js over the same records (the naive approach: fuzzy search over every record);
 * - a bare FTS5 query with the same MATCH expression and bm25 weights, `LIMIT 50`, without
 *   typo correction, facets or snippets (the floor any FTS5 design pays).
 */
import Fuse from 'fuse.js';
import type { Db } from '../../db/sqlite';
import { matchExpression, parseQuery } from '../../db/search/query';
import type { Catalogue } from '../../catalogue-format/schema';
import { BM25_WEIGHTS } from '../../db/search/text-match';

export interface FuseRecord {
  name: string;
  acronym: string;
  city: string;
  services: string[];
  people: string[];
}

export function fuseIndex(catalogue: Catalogue): Fuse<FuseRecord> {
  const records: FuseRecord[] = catalogue.organisations.map((o) => ({
    name: o.name,
    acronym: o.acronym ?? '',
    city: o.city ?? '',
    services: o.services.map((s) => s.title),
    people: o.contacts.map((c) => [c.name, c.role].filter(Boolean).join(' ')),
  }));
  return new Fuse(records, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'acronym', weight: 2 },
      { name: 'services', weight: 1 },
      { name: 'people', weight: 1 },
      { name: 'city', weight: 1 },
    ],
    ignoreDiacritics: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
}

export interface FtsFloor {
  /** Ranked by the engine's bm25 weights, first 50. */
  ranked(text: string): number[];
  /** Unordered first 50 (what `MATCH … LIMIT 50` costs when nothing needs ranking). */
  unordered(text: string): number[];
}

export function ftsFloor(db: Db): FtsFloor {
  const ranked = db
    .prepare(
      `SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ? ORDER BY bm25(organisation_fts, ${BM25_WEIGHTS.join(', ')}) LIMIT 50`,
    )
    .pluck();
  const unordered = db
    .prepare('SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ? LIMIT 50')
    .pluck();
  const expression = (text: string) => matchExpression(parseQuery(text)) ?? '""';
  return {
    ranked: (text) => ranked.all(expression(text)) as number[],
    unordered: (text) => unordered.all(expression(text)) as number[],
  };
}
