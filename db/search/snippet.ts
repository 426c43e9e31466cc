/**
 * Snippets and highlights, computed in code from the original text (the index is contentless,
 * and FTS5's snippet() would show folded text anyway). A word is highlighted when its folded
 * form, in its plain spelling (digraphs.ts), starts with a query term, so "piestany" marks
 * "Piešťany" and "universitat" marks "UNIVERSITAET".
 */
import { plainSpelling } from './digraphs';
import { fold, wordSpans } from './fold';

const SNIPPET_LENGTH = 120;
const LEAD = 40;

export interface Snippet {
  snippet: string;
  highlights: [number, number][];
}

export type WordMatcher = (word: string) => boolean;

const ASCII_WORD = /^[\x20-\x7e]*$/;

/** A matcher for folded query terms (spellings and corrections of every term). */
export function wordMatcher(terms: readonly string[]): WordMatcher {
  const list = [...new Set(terms)].filter((t) => t.length > 0);
  // Snippets of one page repeat the same words (legal forms, towns): decide each word once.
  const decided = new Map<string, boolean>();
  const test = (word: string): boolean => {
    const plain = plainSpelling(ASCII_WORD.test(word) ? word.toLowerCase() : fold(word));
    return list.some((t) => plain.startsWith(t));
  };
  return (word) => {
    if (list.length === 0) return false;
    let match = decided.get(word);
    if (match === undefined) {
      match = test(word);
      decided.set(word, match);
    }
    return match;
  };
}

function highlightsIn(text: string, matches: WordMatcher): [number, number][] {
  const out: [number, number][] = [];
  for (const span of wordSpans(text)) if (matches(span.word)) out.push([span.start, span.end]);
  return out;
}

/**
 * The snippet of the first text (in field-weight order) with a matching word: the whole text
 * when it is short, else a window of about 120 characters around the first match.
 * Undefined when no text has a match.
 */
export function snippetFrom(
  texts: readonly (string | null | undefined)[],
  matches: WordMatcher,
): Snippet | undefined {
  for (const raw of texts) {
    if (raw === null || raw === undefined || raw === '') continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    const all = highlightsIn(text, matches);
    const first = all[0];
    if (first === undefined) continue;
    if (text.length <= SNIPPET_LENGTH) return { snippet: text, highlights: all };
    return window(text, first[0]);
  }
  return undefined;

  function window(text: string, at: number): Snippet {
    let start = Math.max(0, at - LEAD);
    if (start > 0) {
      const space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    let end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > at) end = space;
    }
    const prefix = start > 0 ? '…' : '';
    const suffix = end < text.length ? '…' : '';
    const body = text.slice(start, end);
    const snippet = `${prefix}${body}${suffix}`;
    const highlights = highlightsIn(body, matches).map(([s, e]): [number, number] => [
      s + prefix.length,
      e + prefix.length,
    ]);
    return { snippet, highlights };
  }
}

/** A plain snippet without highlights (the start of a text), for hits matched elsewhere. */
export function plainSnippet(text: string | null | undefined): Snippet {
  if (text === null || text === undefined) return { snippet: '', highlights: [] };
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET_LENGTH) return { snippet: flat, highlights: [] };
  const space = flat.lastIndexOf(' ', SNIPPET_LENGTH);
  return { snippet: `${flat.slice(0, space > 0 ? space : SNIPPET_LENGTH)}…`, highlights: [] };
}
