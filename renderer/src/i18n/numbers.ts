/**
 * One number format everywhere: every number a translation shows ("5,912 organisations", a
 * facet count, "Food (2)") in the interface language's own digits grouping (Intl.NumberFormat:
 * "5,912" in English, "5.912" in German, "5 912" in Slovak). i18next formats each interpolated
 * number through this module (`alwaysFormat`), so no string needs a format of its own; counts
 * drawn outside a translation use `formatNumber`.
 */
import type { FormatterModule } from 'i18next';

const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    formats.set(locale, format);
  }
  return format.format(value);
}

/** i18next's formatter: numbers in the language of the string, everything else as it is. */
export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init() {
    // Nothing to set up: formats are made per language on first use.
  },
  add() {
    // Named formats ("{{n, currency}}") are not used by the interface.
  },
  addCached() {
    // As add().
  },
  format(value: unknown, _format, lng) {
    return typeof value === 'number' ? formatNumber(value, lng ?? 'en') : (value as string);
  },
};
