/**
 * Event dates as people write them, in the interface language: a day ("21 February 2012"), a
 * month ("June 2012") or a year ("2011"), as precise as the catalogue knows them and never more
 * (catalogue dates may be `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: docs/catalogue-format.md). Ranges
 * of the same precision use Intl's range format ("21–22 February 2012", "September –
 * November 2011"); ranges mixing precisions put each end in its own words.
 */
type Precision = 'day' | 'month' | 'year';

const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

function precisionOf(value: string): Precision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** The first day a date covers, at noon UTC (formatted in UTC, so no zone shifts the day). */
function dateOf(value: string): Date {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { ...FIELDS[precision], timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** One date or a range, in `locale`, at the precision each end is known. */
export function formatEventDates(start: string, end: string | null, locale: string): string {
  const from = precisionOf(start);
  const format = formatFor(locale, from);
  if (end === null || end === start) return format.format(dateOf(start));
  const to = precisionOf(end);
  if (to === from) return format.formatRange(dateOf(start), dateOf(end));
  return `${format.format(dateOf(start))} – ${formatFor(locale, to).format(dateOf(end))}`;
}
