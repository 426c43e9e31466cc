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
  return MAYBE_DIGRAPH.test(folded) ? folded.replace(DIGRAPH_WORDS, plainSpelling) : folded;
}

// What the index's tokenizer folds exactly as fold() does: ASCII, and the accented letters of
// Latin-1 and Latin Extended-A (those of every language of the network) bar the SPECIAL ones
// and the long s. Everything else is folded here, letter by letter; a test checks the split
// against the real tokenizer for every letter up to U+052F and Latin Extended Additional.
const FOLDED_BY_TOKENIZER = '\\t\\n\\r\\x20-\\x7e\\u00c0-\\u017e';
const FOLD_HERE = new RegExp(`[^${FOLDED_BY_TOKENIZER}]|[${Object.keys(SPECIAL).join('')}]`, 'gu');

/**
 * Text as it is written into the search index. The index's tokenizer (unicode61 with
 * remove_diacritics 2) lower-cases and removes accents itself, natively, exactly as fold()
 * does for the letters of the network's languages; only the others are folded here, and the
 * words with a digraph are written in their plain spelling. Tokenized, the result is the
 * words of foldedText(text) — and indexing 100,000 organisations skips most of the folding
 * work in JavaScript.
 */
export function indexText(text: string): string {
  if (PLAIN_ASCII.test(text)) {
    if (!MAYBE_DIGRAPH_ASCII.test(text)) return text;
    return text.replace(DIGRAPH_WORDS_ASCII, (word) => plainSpelling(word.toLowerCase()));
  }
  if (!MAYBE_DIGRAPH_RAW.test(text)) return text.replace(FOLD_HERE, foldChar);
  // Word by word, folding the original letters (folding is not idempotent for a few exotic
  // ones: "ǣ" folds to "æ", which folds to "ae").
  let out = '';
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    out += text.slice(at, match.index).replace(FOLD_HERE, foldChar);
    const folded = fold(match[0]);
    out += MAYBE_DIGRAPH.test(folded)
      ? folded.replace(DIGRAPH_WORDS, plainSpelling)
      : match[0].replace(FOLD_HERE, foldChar);
    at = match.index + match[0].length;
  }
  return out + text.slice(at).replace(FOLD_HERE, foldChar);
}

/** A digraph that plainSpelling() may reduce, in folded text. */
const MAYBE_DIGRAPH = /ae|oe|ue|aa/;
const MAYBE_DIGRAPH_ASCII = /ae|oe|ue|aa/i;
/**
 * Unfolded text that may fold into such a digraph: æ or œ, or a letter that may fold to a, o
 * or u (or a combining mark after one) before one that may fold to a or e. A superset, so
 * that most text is never folded twice.
 */
const MAYBE_DIGRAPH_RAW =
  /[æÆœŒ]|[aouAOU\u00c0-\u024f\u1e00-\u1eff][aeAE\u00c0-\u024f\u1e00-\u1eff]|\p{M}[aeAE\u00c0-\u024f\u1e00-\u1eff]/u;
/** Folded words that have such a digraph. */
const DIGRAPH_WORDS = /[\p{L}\p{N}]*(?:ae|oe|ue|aa)[\p{L}\p{N}]*/gu;
const DIGRAPH_WORDS_ASCII = /[A-Za-z0-9]*(?:ae|oe|ue|aa)[A-Za-z0-9]*/gi;
