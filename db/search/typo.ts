/**
 * Typo tolerance: query words that the index does not know are corrected against the index's
 * own vocabulary, as a spell-fixer does. One edit is allowed from 4 letters, two from 8
 * (optimal string alignment distance: insert, delete, substitute, swap two neighbours), as
 * Algolia and Meilisearch do; shorter words and words with digits are never corrected.
 * A word that the index knows only as the beginning of longer words gets alternatives too,
 * from 5 letters (see alternativeEdits()).
 *
 * The vocabulary (name and town words) is read once into a sorted array. A search walks it like a
 * trie: consecutive terms share their common prefix's rows of the edit-distance table, and a
 * whole run of terms is skipped as soon as a prefix is already too far from the query word.
 */
import type { Db } from '../sqlite';
import { readRows } from './bulk-read';
import { foldedText, words } from './fold';
import { lowerBound } from './sorted';

export interface Vocabulary {
  /** Sorted, so terms sharing a prefix are neighbours. */
  terms: string[];
  /** Organisations using the term in their name or town (a popularity score). */
  df: Uint32Array;
  /** Organisations using the term in their name. */
  nameDf: Uint32Array;
  /** dfBefore[i], nameDfBefore[i]: the sums of df and nameDf over terms[0..i). */
  dfBefore: Float64Array;
  nameDfBefore: Float64Array;
}

export interface Correction {
  /** A whole vocabulary term, or for a prefix query the corrected prefix. */
  term: string;
  distance: number;
  df: number;
  nameDf: number;
}

const HAS_DIGIT = /\d/;

/** Edits allowed for a word of this length: 0 below 4 letters, 1 from 4, 2 from 8. */
export function allowedEdits(word: string): number {
  if (HAS_DIGIT.test(word) || word.length > 40) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

/**
 * Edits allowed for the alternatives of a word that matches the beginning of an indexed word
 * but is none itself ("semmelweiss", the start of "Semmelweisstraße", one letter away from
 * "Semmelweis"): 0 below 5 letters, where a prefix is still being typed and an alternative
 * would mostly add noise; 1 from 5; 2 from 9, as Meilisearch and Typesense do.
 */
export function alternativeEdits(word: string): number {
  if (HAS_DIGIT.test(word) || word.length > 40) return 0;
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * The words of organisation names (with acronyms and localised names) and towns, with how
 * many organisations use each. Read from the organisation table rather than from fts5vocab:
 * a vocabulary scan reads every doclist of the index (seconds at 100,000 organisations),
 * while the names are a fraction of that; and typo tolerance is promised on names.
 */
export function loadVocabulary(db: Db): Vocabulary {
  const counts = new Map<string, { df: number; nameDf: number }>();
  const rows = readRows<[string, string | null, string, string | null]>(
    db,
    'SELECT name, acronym, names, city FROM organisation',
    ['name', 'acronym', 'names', 'city'],
  );
  const count = (text: string, inName: boolean, seen: Set<string>) => {
    for (const word of words(foldedText(text))) {
      if (word.length < 2 || HAS_DIGIT.test(word) || seen.has(word)) continue;
      seen.add(word);
      let entry = counts.get(word);
      if (entry === undefined) {
        entry = { df: 0, nameDf: 0 };
        counts.set(word, entry);
      }
      entry.df++;
      if (inName) entry.nameDf++;
    }
  };
  for (const [name, acronym, names, city] of rows) {
    const seen = new Set<string>();
    const localised =
      names === '{}' ? [] : Object.values(JSON.parse(names) as Record<string, string>);
    count([name, acronym ?? '', ...localised].join(' '), true, seen);
    if (city !== null) count(city, false, seen);
  }
  const terms = [...counts.keys()].sort();
  const df = Uint32Array.from(terms, (t) => counts.get(t)?.df ?? 0);
  const nameDf = Uint32Array.from(terms, (t) => counts.get(t)?.nameDf ?? 0);
  return { terms, df, nameDf, dfBefore: runningSums(df), nameDfBefore: runningSums(nameDf) };
}

function runningSums(values: Uint32Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  values.forEach((v, i) => {
    sums[i + 1] = (sums[i] ?? 0) + v;
  });
  return sums;
}

/**
 * df and nameDf of a corrected prefix: the sums over every term it begins. (The walk in
 * correct() skips the rest of a run of terms once one of them settles the prefix, so it
 * cannot count them.)
 */
function prefixCounts(vocab: Vocabulary, prefix: string): { df: number; nameDf: number } {
  const from = lowerBound(vocab.terms, prefix);
  const to = lowerBound(vocab.terms, `${prefix}\u{10FFFF}`);
  return {
    df: (vocab.dfBefore[to] ?? 0) - (vocab.dfBefore[from] ?? 0),
    nameDf: (vocab.nameDfBefore[to] ?? 0) - (vocab.nameDfBefore[from] ?? 0),
  };
}

/**
 * Which prefix of a vocabulary term best explains a prefix query: fewer edits, then the whole
 * term ("nutribiomd" → "nutribiomed", not "nutribiome"), then the length closest to the word's.
 */
function prefers(
  dist: number,
  depth: number,
  bestDist: number,
  bestDepth: number,
  termLength: number,
  wordLength: number,
): boolean {
  if (dist !== bestDist) return dist < bestDist;
  if (bestDepth === termLength) return false;
  return depth === termLength || Math.abs(depth - wordLength) < Math.abs(bestDepth - wordLength);
}

/**
 * Vocabulary terms within `k` edits of `word` (never `word` itself), best first:
 * fewer edits, then found in names, then more documents. With `prefix`, a term counts when
 * one of its prefixes is close enough ("nutrobio" → prefix "nutribio" of "nutribiomed"), and
 * the corrected prefix is returned.
 */
export function correct(
  vocab: Vocabulary,
  word: string,
  prefix: boolean,
  maxResults = 3,
  k = allowedEdits(word),
): Correction[] {
  if (k === 0) return [];
  const m = word.length;
  const maxDepth = m + k;
  const q = Array.from({ length: m }, (_, i) => word.charCodeAt(i));
  // rows[d][j]: distance between the first d letters of the term and the first j of word.
  const rows = Array.from({ length: maxDepth + 1 }, () => new Int32Array(m + 1));
  const row0 = rows[0] ?? new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) row0[j] = j;

  const found = new Map<string, Correction>();
  const { terms } = vocab;
  let prev = '';
  let valid = 0; // rows[0..valid] are computed for `prev`
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] ?? '';
    if (!prefix && t.length < m - k) continue;
    let d = 0;
    const limit = Math.min(valid, t.length);
    while (d < limit && t.charCodeAt(d) === prev.charCodeAt(d)) d++;
    let bestDistance = k + 1;
    let bestDepth = 0;
    // Prefix distances at depths already computed for the shared prefix still count.
    if (prefix) {
      for (let e = Math.max(1, m - k); e <= d; e++) {
        const dist = rows[e]?.[m] ?? k + 1;
        if (prefers(dist, e, bestDistance, bestDepth, t.length, m)) {
          bestDistance = dist;
          bestDepth = e;
        }
      }
    }
    let pruned = false;
    const depthEnd = Math.min(t.length, maxDepth);
    for (d = d + 1; d <= depthEnd; d++) {
      const row = rows[d] ?? row0;
      const up = rows[d - 1] ?? row0;
      const c = t.charCodeAt(d - 1);
      row[0] = d;
      let rowMin = d;
      for (let j = 1; j <= m; j++) {
        const cost = q[j - 1] === c ? 0 : 1;
        let v = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
        if (d > 1 && j > 1 && c === q[j - 2] && t.charCodeAt(d - 2) === q[j - 1]) {
          v = Math.min(v, (rows[d - 2]?.[j - 2] ?? 0) + 1);
        }
        row[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (prefix && d >= m - k) {
        const dist = row[m] ?? k + 1;
        if (prefers(dist, d, bestDistance, bestDepth, t.length, m)) {
          bestDistance = dist;
          bestDepth = d;
        }
      }
      if (rowMin > k) {
        pruned = true;
        break;
      }
    }
    prev = t;
    valid = Math.min(d, depthEnd);
    if (pruned) {
      // Every following term with this too-distant prefix is too distant as well.
      const dead = t.slice(0, d);
      valid = d - 1;
      while (i + 1 < terms.length && (terms[i + 1] ?? '').startsWith(dead)) i++;
      if (!prefix || bestDistance > k) continue;
    }
    let candidate: string | undefined;
    let distance = k + 1;
    if (prefix) {
      if (bestDistance <= k) {
        candidate = t.slice(0, bestDepth);
        distance = bestDistance;
      }
    } else if (!pruned && t.length <= maxDepth) {
      distance = rows[t.length]?.[m] ?? k + 1;
      if (distance <= k) candidate = t;
    }
    if (candidate === undefined || candidate === word) continue;
    const entry = found.get(candidate);
    const df = vocab.df[i] ?? 0;
    const nameDf = vocab.nameDf[i] ?? 0;
    if (entry === undefined) found.set(candidate, { term: candidate, distance, df, nameDf });
    else {
      entry.distance = Math.min(entry.distance, distance);
      entry.df += df;
      entry.nameDf += nameDf;
    }
  }
  const list = [...found.values()];
  if (prefix) for (const c of list) Object.assign(c, prefixCounts(vocab, c.term));
  // A corrected prefix as long as the word typed explains it best ("unvi" → "univ", not the
  // "uni" that also begins every "univ…").
  const lengthGap = (c: Correction) => (prefix ? Math.abs(c.term.length - m) : 0);
  return list
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        lengthGap(a) - lengthGap(b) ||
        Number(b.nameDf > 0) - Number(a.nameDf > 0) ||
        b.df - a.df ||
        (a.term < b.term ? -1 : 1),
    )
    .slice(0, maxResults);
}
