/**
 * Turns whatever a user typed into a safe FTS5 MATCH expression.
 *
 * Safety comes from construction, not from escaping: the input is folded and split into
 * words made of letters and digits only, and every word is emitted as a double-quoted FTS5
 * string. Quotes, parentheses, `AND`/`OR`/`NOT`/`NEAR(`, `*`, `-`, `:` and column names can
 * therefore never reach the FTS5 parser as syntax; an input without any word is "no text".
 */
import { fold, umlautSpelling, words } from './fold';

/** More words than this are ignored: a pasted paragraph still answers quickly. */
export const MAX_TERMS = 16;

export interface QueryTerm {
  /** The word as the user typed it (for reporting corrections). */
  typed: string;
  /** Folded spellings that all count as this word: the folded word first, then e.g. "ue". */
  spellings: string[];
  /** The last word is matched as a prefix: the user may still be typing it. */
  prefix: boolean;
}

/** Folded words of the input, each possibly with a second (ue/oe/ae) spelling. */
export function parseQuery(text: string | undefined): QueryTerm[] {
  if (text === undefined) return [];
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of words(text)) {
    // Folding can itself produce separators for exotic letters: split again to be safe.
    for (const folded of words(fold(word))) {
      if (seen.has(folded)) continue;
      seen.add(folded);
      const spellings = [folded];
      const spelled = umlautSpelling(word);
      if (spelled !== undefined && spelled !== folded && !spelled.includes(' ')) {
        spellings.push(spelled);
      }
      terms.push({ typed: word, spellings, prefix: false });
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

/**
 * FTS5 expression of one term: its spellings and its typo corrections (prefixes for the last
 * term, which the user may still be typing), and the tokens of taxonomy values it names
 * (whole tokens, see taxonomy-tokens.ts), all ORed.
 */
export function termExpression(
  term: QueryTerm,
  corrections: readonly string[] = [],
  tokens: readonly string[] = [],
): string {
  // A one-letter prefix (the first keystroke) matches a large part of every column; within
  // names it is meaningful ("n" → "Novák …") and far cheaper, so it is looked for there only.
  if (term.prefix && corrections.length === 0 && term.spellings.every((s) => s.length === 1)) {
    return `{name} : ${quoted(term.spellings[0] ?? '', true)}`;
  }
  const words = [...new Set([...term.spellings, ...corrections])];
  const alternatives = [
    ...words.map((w) => quoted(w, term.prefix)),
    ...tokens.filter((t) => !words.includes(t)).map((t) => quoted(t, false)),
  ];
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' OR ')})`;
}

/** All terms ANDed; `undefined` when there is nothing to match (list everything). */
export function matchExpression(
  terms: readonly QueryTerm[],
  corrections: ReadonlyMap<number, readonly string[]> = new Map(),
  tokens: ReadonlyMap<number, readonly string[]> = new Map(),
): string | undefined {
  if (terms.length === 0) return undefined;
  return terms.map((t, i) => termExpression(t, corrections.get(i), tokens.get(i))).join(' AND ');
}

/** The same expression restricted to the name column (for ranking name matches first). */
export function nameOnlyExpression(expression: string): string {
  return `{name} : (${expression})`;
}
