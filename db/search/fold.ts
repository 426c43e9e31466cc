/**
 * Text folding shared by the index and the query, so that both sides agree on every letter:
 * lower case, accents removed, and letters without a decomposition (ł, ß, đ, ø, æ, œ, þ, ı)
 * mapped by hand. German umlauts and å fold to the bare vowel, and the index and the query
 * both write words with the "ae/oe/ue/aa" spellings of those letters in their plain spelling
 * (digraphs.ts), so every spelling finds the others. The index itself leaves most of the
 * folding to its tokenizer (indexText()).
 */
import { plainSpelling } from './digraphs';

const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  ẞ: 'ss',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const COMBINING_MARKS = /\p{M}+/gu;
// Printable ASCII plus common whitespace: such text only needs lower-casing (the fast path
// taken by most of a catalogue, which matters when 100,000 organisations are indexed).
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

const NON_ASCII = /[^\t\n\r\x20-\x7e]/gu;
const foldedChars = new Map<string, string>();

/** One non-ASCII character (code point) folded; cached, as catalogues reuse few letters. */
function foldChar(c: string): string {
  let folded = foldedChars.get(c);
  if (folded === undefined) {
    folded = (SPECIAL[c] ?? c).normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    if (foldedChars.size < 10_000) foldedChars.set(c, folded);
  }
  return folded;
}

/** Lower-cased, accent-free text; safe to compare with other folded text. */
export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  // Composed letters fold one by one; a decomposed letter's combining mark folds to nothing.
  return text.replace(NON_ASCII, foldChar).toLowerCase();
}

// Combining marks belong to the word they follow ("e\u0301" is one letter).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Words of a text, as written (NFC-normalised, not folded). */
export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** A word found in a text, with its UTF-16 offsets, for highlighting. */
export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

/** Words of a text with their offsets in that same text (not normalised, so offsets hold). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  }
  return spans;
}

/**
 * Folded text with every word in its plain spelling ("München", "MUENCHEN" and "MUNCHEN" are
 * all "munchen": digraphs.ts): the words the index holds for `text`, as JavaScript sees them
 * (the typo vocabulary, taxonomy labels).
 */
export function foldedText(text: string): string {
  const folded = fold(text);
  return DIGRAPH.test(folded) ? folded.replace(DIGRAPH_WORDS, plainSpelling) : folded;
}

/**
 * Text as it is written into the search index: tokenized (unicode61 with remove_diacritics 2,
 * which lower-cases and removes accents as fold() does), the words of foldedText(text). Plain
 * ASCII, most of a catalogue, is left to the tokenizer but for its words with a digraph; other
 * text is folded here. (Leaving the accents of the network's languages to the tokenizer as
 * well measured slower at 100,000 organisations once words with a digraph must be found in
 * it: 430 against 270 ms for the 250,000 texts with a letter beyond ASCII.)
 */
export function indexText(text: string): string {
  if (!PLAIN_ASCII.test(text)) return foldedText(text);
  if (!ASCII_DIGRAPH.test(text)) return text;
  return rewriteWords(text, (word) => plainSpelling(word.toLowerCase()));
}

/** A digraph that plainSpelling() may reduce, in folded text. */
const DIGRAPH = /ae|oe|ue|aa/;
/** Folded words that have such a digraph. */
const DIGRAPH_WORDS = /[\p{L}\p{N}]*(?:ae|oe|ue|aa)[\p{L}\p{N}]*/gu;
const ASCII_DIGRAPH = /ae|oe|ue|aa/i;
const ASCII_DIGRAPHS = /ae|oe|ue|aa/gi;
const isAsciiWordChar = (code: number) =>
  ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39);

/**
 * ASCII `text` with each word that holds a digraph replaced by rewrite(word). Linear in the
 * text: most of it is copied as it is.
 */
function rewriteWords(text: string, rewrite: (word: string) => string): string {
  let out = '';
  let at = 0;
  for (const hit of text.matchAll(ASCII_DIGRAPHS)) {
    if (hit.index < at) continue; // in a word already rewritten
    let start = hit.index;
    while (start > at && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
    let end = hit.index + hit[0].length;
    while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
    out += text.slice(at, start) + rewrite(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}
