/**
 * Event dates known to the day, the month or only the year: `2012-06-21`, `2012-06`, `2012`.
 * A newsletter announcing "June 2012, exact dates not published" is recorded as `2012-06`, so
 * no one reads a made-up "1 June". A partial date stands for every day it covers: it starts on
 * its first day and ends on its last, which is how events are filtered, split into upcoming and
 * past, and ordered (docs/catalogue-format.md, "Event dates").
 */

export type DatePrecision = 'day' | 'month' | 'year';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision of a well-formed date, or undefined for anything else. */
export function datePrecision(value: string): DatePrecision | undefined {
  const match = SHAPE.exec(value);
  if (match === null) return undefined;
  return match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
}

/** Why `value` is not a date of one of the three shapes, or undefined when it is one. */
export function partialDateProblem(value: string): string | undefined {
  const match = SHAPE.exec(value);
  if (match === null) {
    return 'must be a date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY';
  }
  if (match[3] !== undefined) {
    // Date.parse rolls 2026-06-31 over to July 1st; a real date survives the round trip.
    const time = Date.parse(`${value}T00:00:00Z`);
    const real = !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
    return real ? undefined : 'is not a real date';
  }
  const month = match[2] === undefined ? undefined : Number(match[2]);
  return month !== undefined && (month < 1 || month > 12) ? 'is not a real month' : undefined;
}

/** The first day a well-formed partial date covers, as YYYY-MM-DD. */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** The last day a well-formed partial date covers, as YYYY-MM-DD. */
export function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    // Day 0 of the next month is the last day of this one (UTC, so no zone shifts it).
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${value}-${String(days).padStart(2, '0')}`;
  }
  return value;
}
