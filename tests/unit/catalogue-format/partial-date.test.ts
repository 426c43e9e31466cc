import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datePrecision,
  firstDay,
  lastDay,
  partialDateProblem,
} from '../../../catalogue-format/partial-date';

describe('partial event dates', () => {
  it.each([
    ['2012-06-21', 'day'],
    ['2012-06', 'month'],
    ['2012', 'year'],
    ['June 2012', undefined],
  ])('tells a day, a month and a year apart: %j is known to the %s', (date, precision) => {
    expect(datePrecision(date)).toBe(precision);
  });

  it('gives the first and last day each one covers, leap years included', () => {
    expect([firstDay('2012'), lastDay('2012')]).toEqual(['2012-01-01', '2012-12-31']);
    expect([firstDay('2012-02'), lastDay('2012-02')]).toEqual(['2012-02-01', '2012-02-29']);
    expect(lastDay('2011-02')).toBe('2011-02-28');
    expect(lastDay('2011-11')).toBe('2011-11-30');
    expect([firstDay('2012-06-21'), lastDay('2012-06-21')]).toEqual(['2012-06-21', '2012-06-21']);
  });

  it('refuses what is not a real day or month', () => {
    expect(partialDateProblem('2012-00')).toBe('is not a real month');
    expect(partialDateProblem('2012-02-30')).toBe('is not a real date');
    expect(partialDateProblem('12.6.2012')).toMatch(/^must be a date as YYYY-MM-DD/);
    expect(partialDateProblem('2012-06')).toBeUndefined();
  });

  it('covers exactly the days of its month: the first and last are real, the next is not in it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${String(y)}-${String(m).padStart(2, '0')}`;
        const last = lastDay(month);
        expect(partialDateProblem(last)).toBeUndefined();
        expect(last.startsWith(month)).toBe(true);
        const next = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString();
        expect(next.startsWith(month)).toBe(false);
        expect(firstDay(month) <= last).toBe(true);
      }),
    );
  });
});
