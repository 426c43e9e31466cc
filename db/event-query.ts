/**
 * The events view's query: a date range, a sector, a country and words, applied to the
 * catalogue's events in code. Counts per sector and per country are disjunctive, as the
 * organisation facets are (each counted with the other filters applied), so a sector's count
 * never drops to zero because another sector is chosen.
 *
 * Dates may be partial (`2012-06`): an event covers the days from the first day of its start to
 * the last day of its end (or of its start, without an end). It matches a range it overlaps,
 * is upcoming until its last day has passed, and is ordered by its first day (upcoming) or its
 * last day (past, most recent first), so "June 2012" comes after "21 May 2012" and before
 * "1 July 2012" either way.
 */
import { firstDay, lastDay } from '../catalogue-format/partial-date';
import type { EventRecord } from './events';
import { foldedText, words } from './search/fold';

export interface EventQuery {
  /** Events covering a day on or after this one, YYYY-MM-DD. */
  from?: string | undefined;
  /** Events covering a day on or before this one, YYYY-MM-DD. */
  to?: string | undefined;
  sector?: string | undefined;
  country?: string | undefined;
  /** Words every one of which begins a word of the event (diacritics and case ignored). */
  text?: string | undefined;
}

/** Names the event's codes have in the user's language, so they can be searched for. */
export interface EventWords {
  country: (code: string) => string | undefined;
  sector: (id: string) => string | undefined;
}

export interface EventAnswer<E> {
  upcoming: E[];
  past: E[];
  /** Events per sector id, with every filter but the sector applied. */
  sectorCounts: Map<string, number>;
  /** Events per country code, with every filter but the country applied. */
  countryCounts: Map<string, number>;
}

interface Span<E> {
  event: E;
  first: string;
  last: string;
}

export function queryEvents<E extends EventRecord>(
  events: readonly E[],
  query: EventQuery,
  wordsOf: (event: E) => readonly string[],
  today: string,
): EventAnswer<E> {
  const wanted = words(query.text ?? '').map(foldedText);
  const spans: Span<E>[] = [];
  for (const event of events) {
    const first = firstDay(event.start);
    const last = lastDay(event.end ?? event.start);
    if (query.from !== undefined && last < query.from) continue;
    if (query.to !== undefined && first > query.to) continue;
    if (wanted.length > 0 && !matchesWords(wordsOf(event), wanted)) continue;
    spans.push({ event, first, last });
  }

  const inSector = (e: E) => query.sector === undefined || e.sectors.includes(query.sector);
  const inCountry = (e: E) => query.country === undefined || e.country === query.country;
  const sectorCounts = new Map<string, number>();
  const countryCounts = new Map<string, number>();
  const matching: Span<E>[] = [];
  for (const span of spans) {
    const { event } = span;
    const sectorOk = inSector(event);
    const countryOk = inCountry(event);
    if (countryOk) for (const s of new Set(event.sectors)) add(sectorCounts, s);
    if (sectorOk && event.country !== null) add(countryCounts, event.country);
    if (sectorOk && countryOk) matching.push(span);
  }

  const upcoming = matching
    .filter((s) => s.last >= today)
    .sort((a, b) => compare(a.first, b.first) || compare(a.last, b.last) || byId(a, b));
  const past = matching
    .filter((s) => s.last < today)
    .sort((a, b) => compare(b.last, a.last) || compare(b.first, a.first) || byId(a, b));
  return {
    upcoming: upcoming.map((s) => s.event),
    past: past.map((s) => s.event),
    sectorCounts,
    countryCounts,
  };
}

/**
 * The words an event is found by, folded: its title, description, place, country and sector
 * names in the user's language, date note and organisers. A caller asking many queries of the
 * same events keeps these (server/handlers/events.ts): folding them is most of a query's work.
 */
export function eventWords(names: EventWords): (event: EventRecord) => string[] {
  return (event) => {
    const text = [
      event.title,
      event.description,
      event.city,
      event.country,
      event.country === null ? undefined : names.country(event.country),
      event.dateNote,
      ...event.sectors.map((s) => names.sector(s)),
      ...event.organisers.map((o) => o.name),
    ]
      .filter((t) => t !== null && t !== undefined)
      .join(' ');
    return words(text).map(foldedText);
  };
}

function matchesWords(have: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId<E extends EventRecord>(a: Span<E>, b: Span<E>): number {
  return compare(a.event.id, b.event.id);
}
