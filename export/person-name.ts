/**
 * Splitting a contact's name as written ("Ing. Jana Nováková, PhD.") into the parts the
 * contact formats want (vCard N, Google's Given/Family Name, Outlook's First/Last Name).
 *
 * The catalogue stores a name in one field, so this is a heuristic: academic titles before the
 * name become the prefix, degrees after a comma (or known degrees at the end) the suffix, the
 * last remaining word the family name and the first the given name. Every format also carries
 * the full name as written (vCard FN, Google "Name", Outlook via First/Middle/Last), so nothing
 * is lost when the split guesses wrong (e.g. Hungarian family-name-first order).
 */

export interface PersonName {
  prefix: string;
  given: string;
  middle: string;
  family: string;
  suffix: string;
}

/** Titles written before a name in the network's countries (compared without dots, lower-case). */
const PREFIX_TITLES = new Set([
  'dr',
  'prof',
  'ing',
  'mag',
  'mgr',
  'bc',
  'di',
  'dipl-ing',
  'doc',
  'rndr',
  'mudr',
  'judr',
  'phdr',
  'paeddr',
  'ao',
  'univ-prof',
  'dott',
  'dottssa',
  'mr',
  'mrs',
  'ms',
  'hr',
  'fr',
  'inż',
]);

/** Degrees written after a name (compared without dots, lower-case). */
const SUFFIX_DEGREES = new Set([
  'phd',
  'csc',
  'drsc',
  'mba',
  'msc',
  'bsc',
  'ma',
  'ba',
  'llm',
  'dis',
  'artd',
  'mph',
]);

const bare = (word: string): string => word.toLowerCase().replace(/\./g, '');

function isPrefix(word: string): boolean {
  const b = bare(word);
  return PREFIX_TITLES.has(b) || PREFIX_TITLES.has(b.replace(/-/g, ''));
}

export function splitPersonName(full: string): PersonName {
  const result: PersonName = { prefix: '', given: '', middle: '', family: '', suffix: '' };
  let text = full.replace(/\s+/g, ' ').trim();
  const comma = text.indexOf(',');
  const suffixes: string[] = [];
  if (comma >= 0) {
    suffixes.push(text.slice(comma + 1).trim());
    text = text.slice(0, comma).trim();
  }
  const words = text === '' ? [] : text.split(' ');
  const prefixes: string[] = [];
  while (words.length > 1 && isPrefix(words[0] ?? '')) prefixes.push(words.shift() ?? '');
  while (words.length > 1 && SUFFIX_DEGREES.has(bare(words.at(-1) ?? ''))) {
    suffixes.unshift(words.pop() ?? '');
  }
  result.prefix = prefixes.join(' ');
  result.suffix = suffixes.filter((s) => s !== '').join(', ');
  if (words.length === 1) {
    result.family = words[0] ?? '';
  } else if (words.length > 1) {
    result.given = words[0] ?? '';
    result.family = words.at(-1) ?? '';
    result.middle = words.slice(1, -1).join(' ');
  }
  return result;
}
