/**
 * Turns whatever a user typed into a safe FTS5 MATCH expression.
 *
 * Safety comes from construction, not from escaping: the input is folded and split into
 * words made of letters and digits only, and every word is emitted as a double-quoted FTS5
 * string. Quotes, parentheses, `AND`/`OR`/`NOT`/`NEAR(`, `*`, `-`, `:` and column names can
 * therefore never reach the FTS5 parser as syntax; an input without any word is "no text".
 *
 * Every word of MIN_PREFIX letters or more is a prefix, wherever it stands: people abbreviate
 * every word of a name ("techn univ wien"), not only the one they are still typing.
 */
import { plainSpelling } from './digraphs';
import { fold, words } from './fold';

/** More words than this are ignored: a pasted paragraph still answers quickly. */
const MAX_TERMS = 16;

/**
 * Words this long or longer match the beginning of a word wherever they stand; shorter ones
 * only as the last word, which the user may still be typing. Three, not two: at 100,000
 * organisations a two-letter beginning ("co", "in", "pr") reads the postings of hundreds of
 * words, and queries of two-letter abbreviations took 5-6× longer at the median (21 against
 * 4 ms; p95 69 against 39 ms; same runs, README "Speed"), while the abbreviations people type
 * ("univ", "techn", "inst", "ges", "reg", "dev") have three letters or more. Shorter words
 * before the last are acronyms, initials and legal forms ("TU", "a.s.", "e.K."): whole words.
 */
const MIN_PREFIX = 3;

export interface QueryTerm {
  /** The word as the user typed it (for reporting corrections and left-out words). */
  typed: string;
  /**
   * The word folded and in its plain spelling (digraphs.ts), as the index holds words: what
   * it is searched for as, and what typo correction starts from.
   */
  form: string;
  /** Matched as the beginning of a word. */
  prefix: boolean;
}

/** Folded words of the input; the last one is always a prefix. */
export function parseQuery(text: string | undefined): QueryTerm[] {
  if (text === undefined) return [];
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of words(text)) {
    // Folding can itself produce separators for exotic letters: split again to be safe.
    for (const folded of words(fold(word))) {
      const form = plainSpelling(folded);
      if (seen.has(form)) continue;
      seen.add(form);
      terms.push({ typed: word, form, prefix: form.length >= MIN_PREFIX });
    }
    if (terms.length >= MAX_TERMS) break;
  }
  const kept = terms.slice(0, MAX_TERMS);
  const last = kept.at(-1);
  if (last !== undefined) last.prefix = true;
  return kept;
}

/** A string literal of FTS5; callers guarantee `word` holds letters and digits only. */
function quoted(word: string, prefix: boolean): string {
  return prefix ? `"${word}"*` : `"${word}"`;
}

const anyOf = (alternatives: readonly string[]): string =>
  alternatives.length === 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' OR ')})`;

/**
 * FTS5 expression of one term: its forms, its typo alternatives (beginnings when the term is
 * a prefix) and the tokens of taxonomy values it names (whole tokens, see
 * taxonomy-tokens.ts), all ORed.
 */
export function termExpression(
  term: QueryTerm,
  alternatives: readonly string[] = [],
  tokens: readonly string[] = [],
): string {
  const own = quoted(term.form, term.prefix);
  // A one-letter prefix (the first keystroke) matches a large part of every column; within
  // names it is meaningful ("n" → "Novák …") and far cheaper, so it is looked for there only.
  if (term.prefix && alternatives.length === 0 && term.form.length === 1) {
    return `{name} : ${own}`;
  }
  const extra = alternatives.filter((a) => a !== term.form).map((a) => quoted(a, term.prefix));
  const named = tokens.filter((t) => t !== term.form).map((t) => quoted(t, false));
  return anyOf([...new Set([own, ...extra, ...named])]);
}

/** All terms ANDed; `undefined` when there is nothing to match (list everything). */
export function matchExpression(
  terms: readonly QueryTerm[],
  alternatives: ReadonlyMap<number, readonly string[]> = new Map(),
  tokens: ReadonlyMap<number, readonly string[]> = new Map(),
): string | undefined {
  if (terms.length === 0) return undefined;
  return terms.map((t, i) => termExpression(t, alternatives.get(i), tokens.get(i))).join(' AND ');
}

/**
 * The terms as typed (no alternatives, no taxonomy tokens), for ranking: a prefix is also
 * given as a whole word, so that bm25 counts a whole-word match twice and ranks "Wien" above
 * "Wiener" for "wien".
 */
export function typedExpression(terms: readonly QueryTerm[]): string {
  return terms
    .map((t) =>
      t.prefix ? `(${quoted(t.form, false)} OR ${quoted(t.form, true)})` : quoted(t.form, false),
    )
    .join(' AND ');
}

/** The terms as typed, each as a whole word only (no prefixes). */
export function wholeWordExpression(terms: readonly QueryTerm[]): string {
  return terms.map((t) => quoted(t.form, false)).join(' AND ');
}

/** An expression restricted to the name column (for ranking name matches first). */
export function nameOnlyExpression(expression: string): string {
  return `{name} : (${expression})`;
}
