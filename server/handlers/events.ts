/** The events method: the catalogue's events filtered, split, counted and labelled. */
import { queryEvents } from '../../db/event-query';
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
  const answer = queryEvents(
    listEvents(db),
    args,
    { country: countryName, sector: sectorName },
    today,
  );
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
