/** Small text helpers for the generator: templates, slugs for domains, initials. */
import { fold } from '../../db/search/fold';

/** Fills `{name}` placeholders; unknown ones are left as they are (a bug shows in output). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Legal forms and short words that do not belong in a domain name or an acronym. */
const NOISE = new Set([
  'gmbh',
  'co',
  'kg',
  'ag',
  'ek',
  'ev',
  'srl',
  'spa',
  'snc',
  'sro',
  'spol',
  'kft',
  'zrt',
  'bt',
  'sp',
  'zoo',
  'sa',
  'spk',
  'spj',
  'doo',
  'dd',
  'und',
  'di',
  'es',
  'der',
  'die',
  'das',
  'fur',
  'per',
  'lo',
  'za',
  'del',
  'della',
  'dell',
  'in',
  'na',
  'pro',
  'pre',
  'ii',
]);

/** Letters a-z and digits only, diacritics folded: "Strojárne Považská" → ["strojarne", "povazska"]. */
export function asciiWords(text: string): string[] {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 1 && !NOISE.has(w));
}

/** Part of an e-mail address: "D'Angelo" → "dangelo", "De Luca" → "deluca". */
export function mailPart(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** Initials of the significant words: "Klaster Automotive Trnava" → "KAT". */
export function initials(name: string): string | undefined {
  const letters = name
    .split(/[\s–-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && mailPart(w).length > 1 && !NOISE.has(mailPart(w)))
    .map((w) => fold(w.charAt(0)).toUpperCase());
  return letters.length >= 2 ? letters.slice(0, 6).join('') : undefined;
}

/** YYYY-MM-DD of a day counted from 1970-01-01. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}
