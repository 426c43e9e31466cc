/** The events method: the catalogue's events filtered, split, counted and labelled. */
import { eventWords, queryEvents } from '../../db/event-query';
import { listEvents, type EventRecord } from '../../db/events';
import type { Db } from '../../db/sqlite';
import { taxonomyIndex } from '../../db/taxonomy';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';

type EventSummary = ApiResult<'events'>['upcoming'][number];

export function answerEvents(
  db: Db,
  taxonomy: Taxonomy,
  args: ApiParsedArgs<'events'>,
  today: string,
): ApiResult<'events'> {
  const tax = taxonomyIndex(taxonomy);
  const locale = args.locale ?? 'en';
  const countryName = (code: string) => {
    const country = tax.country(code);
    return country ? tax.label(country.labels, locale) : undefined;
  };
  const sectorName = (id: string) => {
    const sector = tax.sector(id);
    return sector ? tax.label(sector.labels, locale) : undefined;
  };
  const events = catalogueEvents(db);
  let wordsOf = events.words.get(locale);
  if (wordsOf === undefined) {
    wordsOf = remembered(eventWords({ country: countryName, sector: sectorName }));
    events.words.set(locale, wordsOf);
  }
  const answer = queryEvents(events.records, args, wordsOf, today);
  const summary = ({ sectors, ...event }: EventRecord): EventSummary => ({
    ...event,
    countryName: event.country === null ? null : (countryName(event.country) ?? event.country),
    sectors: sectors.map((id) => ({ id, label: sectorName(id) ?? id })),
  });

  // Sectors in the taxonomy's order (as the organisation facet lists them), countries by name;
  // a chosen value stays listed with 0 so it can be unchosen.
  const sectorIds = taxonomy.sectors
    .map((s) => s.id)
    .filter((id) => (answer.sectorCounts.get(id) ?? 0) > 0 || id === args.sector);
  const countryCodes = [...answer.countryCounts.keys()];
  if (args.country !== undefined && !answer.countryCounts.has(args.country)) {
    countryCodes.push(args.country);
  }
  const collator = new Intl.Collator(locale);
  return {
    today,
    upcoming: answer.upcoming.map(summary),
    past: answer.past.map(summary),
    sectors: sectorIds.map((id) => ({
      id,
      label: sectorName(id) ?? id,
      count: answer.sectorCounts.get(id) ?? 0,
    })),
    countries: countryCodes
      .map((code) => ({
        id: code,
        label: countryName(code) ?? code,
        count: answer.countryCounts.get(code) ?? 0,
      }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}

/**
 * The catalogue's events and the words each is found by, per language, kept while the database
 * stays as it is: the main search asks for the events its words find with every answer, and
 * reading and folding 2,000 events each time (≈ 80 ms at 100,000 organisations) held up the
 * next keystroke's search on the same thread.
 */
interface CatalogueEvents {
  state: string;
  records: EventRecord[];
  words: Map<string, (event: EventRecord) => readonly string[]>;
}

const kept = new WeakMap<Db, CatalogueEvents>();

function catalogueEvents(db: Db): CatalogueEvents {
  // data_version moves when another connection commits (a sync's worker, another process),
  // total_changes() when this one writes: either may have changed the events.
  const state = `${String(db.pragma('data_version', { simple: true }))}:${String(
    db.prepare('SELECT total_changes()').pluck().get(),
  )}`;
  const held = kept.get(db);
  if (held?.state === state) return held;
  const fresh: CatalogueEvents = { state, records: listEvents(db), words: new Map() };
  kept.set(db, fresh);
  return fresh;
}

function remembered(
  wordsOf: (event: EventRecord) => string[],
): (event: EventRecord) => readonly string[] {
  const known = new Map<EventRecord, readonly string[]>();
  return (event) => {
    let words = known.get(event);
    if (words === undefined) {
      words = wordsOf(event);
      known.set(event, words);
    }
    return words;
  };
}
