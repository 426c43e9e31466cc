/**
 * Turns the slots of one result page into SearchHits: the organisation's row, and a snippet
 * from the best-matching field in field-weight order (name, services, contacts, place, events,
 * description), read from the original text so the user sees their own diacritics.
 */
import type { Db } from '../sqlite';
import type { CatalogueArrays } from './catalogue-arrays';
import { plainSnippet, snippetFrom, type Snippet, type WordMatcher } from './snippet';
import type { SearchHit } from './types';

/** A hit's own fields as stored, and what its snippet may be cut from. */
interface OrgRow extends Pick<SearchHit, 'id' | 'name' | 'kind' | 'city' | 'country' | 'region'> {
  rid: number;
  acronym: string | null;
  names: string;
  description: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  fax: string | null;
}

export interface HitBuilder {
  build(slots: Int32Array, matcher: WordMatcher | undefined): SearchHit[];
  /** Forget cached event titles (the catalogue changed). */
  reset(): void;
}

export function createHitBuilder(db: Db, arrays: () => CatalogueArrays): HitBuilder {
  const rowsOf = db.prepare(
    `SELECT rid, id, name, kind, city, country, region, acronym, names, description, address, postcode, phone, fax
     FROM organisation WHERE rid IN (SELECT value FROM json_each(?))`,
  );
  const servicesOf = db
    .prepare('SELECT title, description FROM service WHERE organisation_rid = ? ORDER BY position')
    .raw();
  const contactsOf = db
    .prepare('SELECT name, role, phone FROM contact WHERE organisation_rid = ? ORDER BY position')
    .raw();
  const eventTitles = db.prepare('SELECT title, organisers FROM event').raw();
  let eventsByOrg: Map<string, string[]> | undefined;

  const eventsOf = (id: string): string[] => {
    if (eventsByOrg === undefined) {
      // Built once per catalogue version, only when a hit matched nowhere but in an event.
      eventsByOrg = new Map();
      for (const [title, organisers] of eventTitles.iterate() as IterableIterator<
        [string, string]
      >) {
        for (const org of JSON.parse(organisers) as string[]) {
          const list = eventsByOrg.get(org) ?? [];
          list.push(title);
          eventsByOrg.set(org, list);
        }
      }
    }
    return eventsByOrg.get(id) ?? [];
  };

  const snippetOf = (row: OrgRow, matcher: WordMatcher | undefined): Snippet => {
    if (matcher === undefined) return plainSnippet(row.description);
    const localNames = Object.values(JSON.parse(row.names) as Record<string, string>);
    const inName = snippetFrom([row.name, row.acronym, ...localNames], matcher);
    if (inName !== undefined) return inName;
    const services = servicesOf.all(row.rid) as [string, string | null][];
    const contacts = contactsOf.all(row.rid) as [string | null, string | null, string | null][];
    return (
      snippetFrom(
        [
          ...services.map(([title]) => title),
          ...contacts.map((contact) => contact.filter(Boolean).join(', ')),
          row.phone,
          row.fax,
          [row.address, row.postcode, row.city].filter(Boolean).join(', '),
        ],
        matcher,
      ) ??
      snippetFrom(eventsOf(row.id), matcher) ??
      snippetFrom([row.description, ...services.map(([, d]) => d)], matcher) ??
      plainSnippet(row.description)
    );
  };

  return {
    build(slots, matcher) {
      const a = arrays();
      const rids = Array.from(slots, (slot) => a.rids[slot] ?? 0);
      const byRid = new Map<number, OrgRow>();
      for (const row of rowsOf.all(JSON.stringify(rids)) as OrgRow[]) byRid.set(row.rid, row);
      const hits: SearchHit[] = [];
      for (const slot of slots) {
        const row = byRid.get(a.rids[slot] ?? 0);
        if (row === undefined) continue;
        const sectorEnd = a.sectors.off[slot + 1] ?? 0;
        const sectors: string[] = [];
        for (let p = a.sectors.off[slot] ?? 0; p < sectorEnd; p++) {
          sectors.push(a.sectorDict.ids[a.sectors.vals[p] ?? 0] ?? '');
        }
        const { snippet, highlights } = snippetOf(row, matcher);
        hits.push({
          id: row.id,
          name: row.name,
          kind: row.kind,
          city: row.city,
          country: row.country,
          region: row.region,
          sectors,
          snippet,
          highlights,
        });
      }
      return hits;
    },
    reset() {
      eventsByOrg = undefined;
    },
  };
}
