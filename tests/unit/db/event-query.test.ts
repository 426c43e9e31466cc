import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../db/catalogue-store';
import { eventWords, queryEvents } from '../../../db/event-query';
import { listEvents } from '../../../db/events';
import { event, sampleCatalogue, useCatalogueDb } from './catalogue-store.fixture';

const wordsOf = eventWords({
  country: (code) => ({ AT: 'Österreich', IT: 'Italien', DE: 'Deutschland' })[code],
  sector: (id) => ({ food: 'Lebensmittel', ict: 'IKT' })[id],
});

const db = useCatalogueDb('mcc-event-query-', () => {
  const catalogue = sampleCatalogue();
  catalogue.events = [
    event('linz-day', { start: '2012-02-21', end: '2012-02-22', country: 'AT', sectors: ['food'] }),
    event('milan-month', {
      title: 'Zweites Forum',
      start: '2012-04',
      date_note: 'exact dates not published',
      city: 'Milano',
      country: 'IT',
      sectors: ['food', 'ict'],
    }),
    event('stuttgart-month', { start: '2012-06', country: 'DE', sectors: ['ict'] }),
    event('may-day', { start: '2012-05-21', country: 'DE', sectors: ['ict'] }),
    event('july-day', { start: '2012-07-01', country: 'AT', sectors: ['ict'] }),
    event('year-only', { start: '2011', title: 'Mid-term Observer meeting', sectors: [] }),
  ];
  return catalogue;
});

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
/** The events matching `filters`, asked in 2030: every one of them is past by then. */
const queryLater = (filters: Parameters<typeof queryEvents>[1]) =>
  queryEvents(listEvents(db()), filters, wordsOf, '2030-01-01');

describe('events with partial dates', () => {
  it('keep their precision and note through the database', () => {
    const milan = listEvents(db()).find((e) => e.id === 'milan-month');
    expect(milan).toMatchObject({
      start: '2012-04',
      end: null,
      dateNote: 'exact dates not published',
    });
    const source = readCatalogue(db()).events.find((e) => e.id === 'milan-month');
    expect(source).toMatchObject({ start: '2012-04', date_note: 'exact dates not published' });
  });

  it('stay upcoming until the last day of their month, ordered by the days they cover', () => {
    const answer = queryEvents(listEvents(db()), {}, wordsOf, '2012-06-15');
    expect(ids(answer.upcoming)).toEqual(['stuttgart-month', 'july-day']);
    // Past: most recent last day first; "June 2012" after 21 May, "2011" last of all.
    expect(ids(answer.past)).toEqual(['may-day', 'milan-month', 'linz-day', 'year-only']);
    expect(ids(queryEvents(listEvents(db()), {}, wordsOf, '2012-07-01').upcoming)).toEqual([
      'july-day',
    ]);
  });

  it('match a date range they overlap: a month-only event is in any range touching its month', () => {
    const june = queryLater({ from: '2012-06-30', to: '2012-06-30' });
    expect(ids(june.past)).toEqual(['stuttgart-month']);
    const spring = queryLater({ from: '2012-03-01', to: '2012-05-01' });
    expect(ids(spring.past)).toEqual(['milan-month']);
  });

  it('filter by sector and country with counts that keep the other facet value visible', () => {
    const answer = queryLater({ sector: 'food', country: 'IT' });
    expect(ids(answer.past)).toEqual(['milan-month']);
    // Sectors counted within Italy, countries within food.
    expect(Object.fromEntries(answer.sectorCounts)).toEqual({ food: 1, ict: 1 });
    expect(Object.fromEntries(answer.countryCounts)).toEqual({ AT: 1, IT: 1 });
  });

  it('are found by words of the title, place, country or sector name, without diacritics', () => {
    const find = (text: string) => ids(queryLater({ text }).past);
    expect(find('zweit mila')).toEqual(['milan-month']);
    expect(find('osterreich')).toEqual(['july-day', 'linz-day']);
    expect(find('ikt milano')).toEqual(['milan-month']);
    expect(find('observer')).toEqual(['year-only']);
    expect(find('observer milano')).toEqual([]);
  });
});
