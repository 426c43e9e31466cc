/** Events of the synthetic catalogue: organised by its clusters and partners, in their towns. */
import type { CatalogueEvent, Organisation } from '../../catalogue-format/schema';
import { EVENT_KINDS } from '../../contract/lists';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import { EVENT_TITLES } from './organisations';
import type { Random } from './random';
import { dayOf, fill, isoDay } from './text';

const FIRST_START = dayOf('2025-01-01');
const LAST_START = dayOf('2027-06-30');
const MULTI_DAY = new Set(['trade-fair', 'conference', 'exchange-forum']);

export function generateEvents(
  random: Random,
  organisations: readonly Organisation[],
  taxonomy: Taxonomy,
  count: number,
): CatalogueEvent[] {
  if (organisations.length === 0) return [];
  const hosts = organisations.filter((o) => o.kind !== 'supplier');
  const byCountry = new Map<string, Organisation[]>();
  for (const o of hosts) {
    const list = byCountry.get(o.country) ?? [];
    list.push(o);
    byCountry.set(o.country, list);
  }
  const width = Math.max(5, String(count).length);
  const events: CatalogueEvent[] = [];
  for (let i = 0; i < count; i++) {
    const host = random.pick(hosts.length > 0 ? hosts : organisations);
    const partners = byCountry.get(host.country) ?? [];
    const organisers = [
      host.id,
      ...random.few(partners, random.weighted([60, 30, 10]), host).map((o) => o.id),
    ];
    const kind = random.pick(EVENT_KINDS);
    const sectorId = random.pick(host.sectors);
    const sector = taxonomy.sectors.find((s) => s.id === sectorId);
    const start = random.int(FIRST_START, LAST_START);
    const town = host.city ?? '';
    const event: CatalogueEvent = {
      id: `gen-ev-${String(i + 1).padStart(width, '0')}`,
      kind,
      title: `${fill(EVENT_TITLES[kind] ?? '{label} {town}', {
        label: sector?.labels.en ?? '',
        town,
        region: town,
      })} ${isoDay(start).slice(0, 4)}`,
      start: isoDay(start),
      city: town,
      country: host.country,
      organisers,
      sectors: [sectorId],
    };
    if (MULTI_DAY.has(kind) && random.chance(0.6)) event.end = isoDay(start + random.int(1, 3));
    if (random.chance(0.6)) {
      event.description = `Organised by ${host.name} for companies and partners of the network.`;
    }
    if (host.website !== undefined && random.chance(0.3)) event.website = `${host.website}/events`;
    events.push(event);
  }
  return events;
}
