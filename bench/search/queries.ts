/**
 * The benchmark's queries, derived deterministically from the catalogue's own names so they
 * look like what a person types: exact names, prefixes, names without diacritics, names with
 * typos, multi-word queries mixing a service and a town, and queries with filters.
 * Typo and no-diacritics queries carry the name they aim at, for recall@10.
 */
import { fold } from '../../db/search/fold';
import type { SearchQuery } from '../../db/search/types';

type QueryCategory = 'exact' | 'prefix' | 'no-diacritics' | 'typo' | 'multi-word' | 'filtered';

export interface BenchQuery {
  category: QueryCategory;
  query: SearchQuery;
  /** For recall: a hit counts when its name is exactly this (same-named orgs are alike). */
  target?: string;
}

export interface OrgSample {
  name: string;
  city: string | null;
  country: string;
  region: string | null;
  sector: string | null;
  service: string | null;
}

const PER_CATEGORY = 11; // 6 categories × 11 = 66 queries

/** Evenly spread picks: the same catalogue always gives the same queries. */
function spread<T>(items: readonly T[], count: number, salt: number): T[] {
  if (items.length === 0) return [];
  const step = Math.max(1, Math.floor(items.length / count));
  const out: T[] = [];
  for (let i = 0; i < count; i++) {
    const item = items[(salt + i * step) % items.length];
    if (item !== undefined) out.push(item);
  }
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Deterministic misspelling within the engine's documented tolerance: one edit, or two when
 * the word as typed still has 8 letters or more (so a second edit is never a deletion).
 */
function misspell(word: string, n: number): string {
  const edits = word.length >= 8 ? 2 : 1;
  let w = word;
  for (let e = 0; e < edits; e++) {
    // Never touch the first letter, as people rarely do; spread edits along the word.
    const at = 1 + ((n * 7 + e * 3) % Math.max(1, w.length - 2));
    const kind = edits === 2 && (n + e) % 4 === 1 ? 3 : (n + e) % 4;
    switch (kind) {
      case 0: // substitution
        w = `${w.slice(0, at)}${LETTERS[(w.charCodeAt(at) + 3) % 26] ?? 'x'}${w.slice(at + 1)}`;
        break;
      case 1: // deletion
        w = `${w.slice(0, at)}${w.slice(at + 1)}`;
        break;
      case 2: // transposition
        w = `${w.slice(0, at)}${w[at + 1] ?? ''}${w[at] ?? ''}${w.slice(at + 2)}`;
        break;
      default: // insertion
        w = `${w.slice(0, at)}${LETTERS[(n + e) % 26] ?? 'x'}${w.slice(at)}`;
    }
  }
  return w;
}

/** Without diacritics, as typed on a keyboard without them (German umlauts as ue/oe/ae half the time). */
function plain(name: string, n: number): string {
  const spelled =
    n % 2 === 0 ? name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue') : name;
  return fold(spelled);
}

const hasDiacritics = (s: string) => fold(s) !== s.toLowerCase();

export function benchQueries(orgs: readonly OrgSample[]): BenchQuery[] {
  const queries: BenchQuery[] = [];
  const named = orgs.filter((o) => o.name.split(' ').length >= 2);
  for (const o of spread(named, PER_CATEGORY, 1)) {
    queries.push({ category: 'exact', query: { text: o.name }, target: o.name });
  }
  spread(named, PER_CATEGORY, 2).forEach((o, i) => {
    const [first = '', second = ''] = o.name.split(' ');
    const text =
      i % 2 === 0
        ? first.slice(0, Math.max(2, Math.min(4, first.length)))
        : `${first} ${second.slice(0, 3)}`;
    queries.push({ category: 'prefix', query: { text } });
  });
  spread(
    orgs.filter((o) => hasDiacritics(o.name)),
    PER_CATEGORY,
    3,
  ).forEach((o, i) => {
    queries.push({ category: 'no-diacritics', query: { text: plain(o.name, i) }, target: o.name });
  });
  const typoable = named.filter((o) => o.name.split(' ').some((w) => /^\p{L}{5,}$/u.test(w)));
  spread(typoable, PER_CATEGORY, 4).forEach((o, i) => {
    const words = o.name.split(' ');
    // Misspell the longest word: the one a hurried typist most likely gets wrong.
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    const text = words.map((w) => (w === longest ? misspell(w.toLowerCase(), i) : w)).join(' ');
    queries.push({ category: 'typo', query: { text }, target: o.name });
  });
  spread(
    orgs.filter((o) => o.service !== null && o.city !== null),
    PER_CATEGORY,
    5,
  ).forEach((o) => {
    const serviceWord = (o.service ?? '').split(' ').find((w) => w.length >= 5) ?? o.service ?? '';
    queries.push({ category: 'multi-word', query: { text: `${serviceWord} ${o.city ?? ''}` } });
  });
  spread(
    orgs.filter((o) => o.sector !== null),
    PER_CATEGORY,
    6,
  ).forEach((o, i) => {
    const word = o.name.split(' ')[0] ?? '';
    const query: SearchQuery =
      i % 3 === 0
        ? { text: word, sectors: [o.sector ?? ''] }
        : i % 3 === 1
          ? { text: word, countries: [o.country], kinds: ['supplier', 'cluster'] }
          : {
              text: word,
              regions: [o.region?.slice(0, 3) ?? o.country],
              sectors: [o.sector ?? ''],
            };
    queries.push({ category: 'filtered', query });
  });
  return queries;
}
