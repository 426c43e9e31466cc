/**
 * German and Nordic transliterations, both ways. "Universität" is written "UNIVERSITAET" in
 * one record and "UNIVERSITAT" in the next (the ECHE directory has both), "Århus" is
 * "Aarhus", "Køge" is "Koege". Folding (fold.ts) already turns ä, å and ø into a and o; what
 * is left is the two-letter spelling. So the index and the query write every word in its
 * *plain spelling*, the digraph reduced to its first letter — "universitaet" → "universitat",
 * "aarhus" → "arhus", "koege" → "koge" — and each of the three spellings finds the other two.
 * One form per word, not both: a word indexed twice would count twice in bm25.
 *
 * The rules are those of Lucene's GermanNormalizationFilter (the German2 Snowball heuristic):
 * "ae" → "a", "oe" → "o", "ue" → "u" except after a vowel or "q" ("queen", "aue" keep theirs),
 * plus the Nordic "aa" → "a" of Lucene's ScandinavianFoldingFilter. Like those filters, they
 * also reduce words that never had an umlaut: "Michael" is found by "Michal" and the other way
 * round, a little precision lost on such names for every spelling of the common words.
 *
 * Whether a letter is dropped depends only on the letters before it, so the plain spelling of
 * a word's beginning is the beginning of the word's plain spelling: prefixes work unchanged.
 */

/** A folded word that has a digraph to reduce (cheap test before the state machine). */
const DIGRAPH = /ae|oe|ue|aa/;

/**
 * The plain spelling of a folded (lower-case, accent-free) word: itself when it has no
 * digraph to reduce.
 */
export function plainSpelling(word: string): string {
  if (!DIGRAPH.test(word)) return word;
  let out = '';
  let kept = 0; // word[kept..i) is still to be copied to out
  // What the previous letter lets an "e" after it do: 'drop' after a, o or a u that follows a
  // consonant; 'keep' after other vowels and q; 'none' after anything else.
  let before: 'drop' | 'keep' | 'none' = 'none';
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? '';
    let drop = false;
    if (c === 'e' && before === 'drop') {
      drop = true;
      before = 'keep';
    } else if (c === 'a' && previous === 'a') {
      // "aa" → "a"; a third "a" starts over ("aaa" → "aa").
      drop = true;
      before = 'drop';
    }
    if (drop) {
      out += word.slice(kept, i);
      kept = i + 1;
      previous = '';
      continue;
    }
    switch (c) {
      case 'a':
      case 'o':
        before = 'drop';
        break;
      case 'u':
        before = before === 'none' ? 'drop' : 'keep';
        break;
      case 'e':
      case 'i':
      case 'q':
      case 'y':
        before = 'keep';
        break;
      default:
        before = 'none';
    }
    previous = c;
  }
  return out + word.slice(kept);
}
