import { describe, expect, it } from 'vitest';
import { formatEventDates as format } from '../../../../../renderer/src/features/events/event-dates';

/** ICU puts thin and no-break spaces in ranges; what is read is a space. */
const formatEventDates = (start: string, end: string | null, locale: string) =>
  format(start, end, locale).replace(/\s/gu, ' ');

describe('event dates in words', () => {
  it('says no more than the catalogue knows', () => {
    expect(formatEventDates('2012-06', null, 'en')).toBe('June 2012');
    expect(formatEventDates('2011', null, 'en')).toBe('2011');
    expect(formatEventDates('2012-02-21', null, 'en')).toBe('February 21, 2012');
  });

  it('in each language, with its own range forms', () => {
    expect(formatEventDates('2012-06', null, 'de')).toBe('Juni 2012');
    expect(formatEventDates('2012-06', null, 'pl')).toBe('czerwiec 2012');
    expect(formatEventDates('2012-06', null, 'hu')).toBe('2012. június');
    expect(formatEventDates('2012-02-21', '2012-02-22', 'de')).toBe('21.–22. Februar 2012');
    expect(formatEventDates('2011-09', '2011-11', 'en')).toBe('September – November 2011');
  });

  it('puts each end of a mixed range in its own words', () => {
    expect(formatEventDates('2012-06-21', '2012-07', 'en')).toBe('June 21, 2012 – July 2012');
    expect(formatEventDates('2012-06', '2012-06', 'en')).toBe('June 2012');
  });
});
