/**
 * The name of an export file says what it holds: `contacts-food-AT-2026-12-05.csv` for the
 * results of a search (its words, then its filters), `contacts-fair-partners-2026-12-05.xlsx`
 * for a shortlist, `contacts-3-selected-2026-12-05.vcf` for organisations picked by hand.
 *
 * Safe on every system: ASCII letters, digits and hyphens only (accents folded, everything
 * else a hyphen), never empty, never a reserved Windows name (it always starts "contacts-"),
 * and at most MAX_STEM characters before the date, cut at a hyphen where it can be.
 */
import { fold } from '../db/search/fold';
import type { ExportScope } from './export-scope';

/** Characters of the descriptive part: long enough for words and a few filters. */
const MAX_STEM = 60;
/** Values of one filter named in the file name; more are counted ("5-sectors"). */
const MAX_VALUES = 2;

/** ASCII letters and digits of `text`, folded as search folds it; other runs become a hyphen. */
function slug(text: string): string {
  return fold(text.normalize('NFKC'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function values(list: readonly string[] | undefined, noun: string, upper = false): string[] {
  if (list === undefined || list.length === 0) return [];
  if (list.length > MAX_VALUES) return [`${list.length}-${noun}`];
  return list.map((v) => (upper ? slug(v).toUpperCase() : slug(v)));
}

function describe(scope: ExportScope): string[] {
  switch (scope.kind) {
    case 'query': {
      const q = scope.query;
      const parts = [
        slug(q.text ?? ''),
        ...values(q.sectors, 'sectors'),
        ...values(q.serviceTypes, 'services'),
        ...values(q.kinds, 'kinds'),
        ...values(q.countries, 'countries', true),
        ...values(q.regions, 'regions', true),
      ];
      const named = parts.filter((p) => p !== '');
      return named.length === 0 ? ['all'] : named;
    }
    case 'shortlist':
      return [slug(scope.name) || 'shortlist'];
    case 'ids':
      return [`${scope.ids.length}-selected`];
  }
}

/** Cut at the last hyphen within `max` characters (or hard at `max` without one). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const hyphen = head.lastIndexOf('-');
  return (hyphen > max / 2 ? head.slice(0, hyphen) : head).replace(/-+$/, '');
}

/** `contacts-<what>-<date><suffix>`; `suffix` is the format's ending, such as `-google.csv`. */
export function exportFileName(scope: ExportScope, date: string, suffix: string): string {
  const stem = cut(
    describe(scope)
      .filter((p) => p !== '')
      .join('-'),
    MAX_STEM,
  );
  return `contacts-${stem === '' ? 'all' : stem}-${date}${suffix}`;
}
