/**
 * Text folding shared by the index and the query, so that both sides agree on every letter:
 * lower case, accents removed, and the letters SQLite's unicode61 tokenizer does not fold
 * (ł, ß, đ, ø, æ, œ, þ, ı) mapped by hand. German umlauts fold to the bare vowel; the
 * "ue/oe/ae" spellings are handled by indexing and querying both forms (see variants()).
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
const SPECIAL_RE = /[łŁßẞđĐðÐøØæÆœŒþÞıħŧ]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower-cased, accent-free text; safe to compare with other folded text. */
export function fold(text: string): string {
  return text
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();
}

const UMLAUT_WORD = /[äöüÄÖÜ]/;

/**
 * Extra spellings of a word with a German umlaut: "München" is also "muenchen", so a query
 * typed either way finds it. Returns [] for a word without ä, ö or ü.
 */
export function umlautSpelling(word: string): string | undefined {
  if (!UMLAUT_WORD.test(word)) return undefined;
  return fold(word.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text, as written (not folded). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Text as it is written into the search index: folded, with the "ue/oe/ae" spelling of each
 * umlaut word appended, so both "münchen" and "muenchen" match it.
 */
export function indexText(text: string): string {
  const extra: string[] = [];
  for (const word of words(text)) {
    const spelled = umlautSpelling(word);
    if (spelled !== undefined) extra.push(spelled);
  }
  const folded = fold(text);
  return extra.length === 0 ? folded : `${folded} ${extra.join(' ')}`;
}
