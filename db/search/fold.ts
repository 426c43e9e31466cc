/**
 * Text folding shared by the index and the query, so that both sides agree on every letter:
 * lower case, accents removed, and letters without a decomposition (ł, ß, đ, ø, æ, œ, þ, ı)
 * mapped by hand. German umlauts fold to the bare vowel; the "ue/oe/ae" spellings are handled
 * by indexing and querying both forms (see umlautSpelling()). The index itself leaves most of
 * the folding to its tokenizer (indexText()).
 */

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

const UMLAUT_WORD = /[äöüÄÖÜ]/;
/** An umlaut, composed or as a combining diaeresis (U+0308) that NFC would compose. */
const MAYBE_UMLAUT = /[äöüÄÖÜ]|\u0308/;

/**
 * The "ue/oe/ae" spelling of a word with a German umlaut, folded: "München" is also
 * "muenchen", so a query typed either way finds it. Undefined for a word without ä, ö or ü.
 * The word must be NFC-normalised (words() returns it so).
 */
export function umlautSpelling(word: string): string | undefined {
  if (!UMLAUT_WORD.test(word)) return undefined;
  return fold(word.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
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
 * Folded text with the "ue/oe/ae" spelling of each umlaut word appended, so both "münchen"
 * and "muenchen" match it: the words the index holds for `text`, as JavaScript sees them
 * (the typo vocabulary, taxonomy labels).
 */
export function foldedText(text: string): string {
  return withUmlautSpellings(text, fold(text));
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
 * does for the letters of the network's languages; only the others are folded here. Tokenized, the result is the
 * words of foldedText(text) — and indexing 100,000 organisations skips most of the folding
 * work in JavaScript.
 */
export function indexText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  return withUmlautSpellings(text, text.replace(FOLD_HERE, foldChar));
}

function withUmlautSpellings(text: string, base: string): string {
  // Most text has no umlaut at all: skip normalising and splitting it.
  if (!MAYBE_UMLAUT.test(text)) return base;
  const extra: string[] = [];
  for (const word of words(text)) {
    const spelled = umlautSpelling(word);
    if (spelled !== undefined) extra.push(spelled);
  }
  return extra.length === 0 ? base : `${base} ${extra.join(' ')}`;
}
