/**
 * Times as the Updates view says them, in the interface language (Intl, so no string needs
 * translating): "3 minutes ago", "at 14:05" today or "on 7 Dec, 14:05" another day, and dates.
 */

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "3 minutes ago", "yesterday": how long ago `iso` was; null under a minute, which the caller
 * words itself ("just now": Intl would say "now", which reads oddly after "checked").
 */
export function timeAgo(iso: string, now: Date, locale: string): string | null {
  const ms = now.getTime() - Date.parse(iso);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(ms) >= size) return format.format(-Math.round(ms / size), unit);
  }
  return null;
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/** A moment: the time alone when it is today, else the date and the time. */
export function moment(iso: string, now: Date, locale: string): string {
  const date = new Date(iso);
  if (sameDay(date, now)) return date.toLocaleTimeString(locale, { timeStyle: 'short' });
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A date without its time ("7 Dec 2026"); a bare date (YYYY-MM-DD) is that calendar day. */
export function calendarDate(iso: string, locale: string): string {
  const date = iso.length === 10 ? new Date(`${iso}T12:00:00`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale, { dateStyle: 'medium' });
}

const DURATION_UNITS: Record<string, string> = {
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
};

/** A duration as the settings store it ("6h") in words: "6 hours", "6 Stunden". */
export function durationWords(text: string, locale: string): string {
  const match = /^(\d+)([smhdw])$/.exec(text);
  const unit = match === null ? undefined : DURATION_UNITS[match[2] ?? ''];
  if (match === null || unit === undefined) return text;
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
    Number(match[1]),
  );
}
