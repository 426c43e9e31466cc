/**
 * Taxonomy values in the index as one short token each instead of all their labels.
 *
 * Every organisation would otherwise carry its country's name in ten languages, its region's
 * names up to the country, and each service type's label in eight languages: about 30 of its
 * ~90 words, the same for thousands of documents, tripled by the prefix indexes. Instead the
 * index holds `0c<country>`, `0r<region>` for the region and each ancestor, and
 * `0t<service type>`; a query word that matches a label (in any language, either spelling,
 * as a prefix) is expanded into the tokens of the values it names. Searching
 * "Oberösterreich", "Italien" or "Forschung" works as before, at a third of the index cost.
 *
 * The tokens begin with a digit and a letter, which no word people search for does: every
 * word typed is also the beginning of longer words, and a beginning such as "zr" (of the
 * Hungarian "Zrt.") must not expand to the region token of every organisation.
 */
import { fold, foldedText, words } from './fold';
import { lowerBound } from './sorted';
import type { SearchTaxonomy } from './taxonomy-lookup';

const ID_CHARS = /[^a-z0-9]/g;
const tokenOf = (prefix: string, id: string) => `${prefix}${fold(id).replace(ID_CHARS, '')}`;

export const countryToken = (code: string): string => tokenOf('0c', code);
export const regionToken = (code: string): string => tokenOf('0r', code);
export const serviceTypeToken = (id: string): string => tokenOf('0t', id);

/** Shortest word, and typed prefix, expanded into taxonomy tokens (shorter ones name too much). */
const MIN_WORD = 3;
const MIN_PREFIX = 3;
/** At most this many values per word: a word like "kraj" names many regions, not all. */
const MAX_TOKENS = 100;

export interface LabelIndex {
  /** Tokens of the taxonomy values a folded query word names (whole word, or prefix). */
  tokens(word: string, prefix: boolean): string[];
}

export function createLabelIndex(lookup: SearchTaxonomy): LabelIndex {
  // folded label word → tokens of the values whose labels contain it
  const byWord = new Map<string, Set<string>>();
  const add = (text: string, token: string) => {
    for (const word of words(foldedText(text))) {
      let set = byWord.get(word);
      if (set === undefined) {
        set = new Set();
        byWord.set(word, set);
      }
      set.add(token);
    }
  };
  for (const [code, labels] of lookup.countryLabels) {
    for (const label of Object.values(labels)) add(label, countryToken(code));
  }
  for (const [id, labels] of lookup.serviceTypeLabels) {
    for (const label of Object.values(labels)) add(label, serviceTypeToken(id));
  }
  for (const region of lookup.regions.values()) {
    add(region.name, regionToken(region.code));
    add(region.nameLatin, regionToken(region.code));
  }
  const sortedWords = [...byWord.keys()].sort();
  return {
    tokens(word, prefix) {
      // Short words ("a", "i", "és", "di") are joiners in labels, not names of a value.
      if (word.length < MIN_WORD) return [];
      const found = new Set(byWord.get(word) ?? []);
      if (prefix && word.length >= MIN_PREFIX) {
        // From the first label word ≥ word, walk the words it prefixes.
        for (
          let i = lowerBound(sortedWords, word);
          i < sortedWords.length && found.size < MAX_TOKENS;
          i++
        ) {
          const candidate = sortedWords[i] ?? '';
          if (!candidate.startsWith(word)) break;
          for (const token of byWord.get(candidate) ?? []) found.add(token);
        }
      }
      return [...found].slice(0, MAX_TOKENS);
    },
  };
}
