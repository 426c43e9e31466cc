/**
 * Writes one organisation's search document into `organisation_fts`. Called by the catalogue
 * store inside its own transaction, so the index always describes exactly the committed rows.
 *
 * Every column is folded in code (fold.ts) because unicode61 does not fold ł, ß, ø, æ, œ, đ;
 * the query side folds the same way. Column order (see migration 001) is the order of the
 * bm25 weights used by the engine.
 */
import type { Db } from '../connection';
import type { Organisation } from '../source/schema';
import type { Taxonomy } from '../taxonomy-types';
import { indexText } from './fold';
import { countryToken, regionToken, serviceTypeToken } from './taxonomy-tokens';
import { searchTaxonomy } from './taxonomy-lookup';

export interface SearchIndexer {
  /** Replaces the search document of `rid` (inserting it if there was none). */
  put(rid: number, org: Organisation, eventTitles: readonly string[]): void;
  /** Adds the document of a `rid` known to have none (an index being filled from empty). */
  add(rid: number, org: Organisation, eventTitles: readonly string[]): void;
  remove(rid: number): void;
  /** Empties the whole index (before the catalogue is replaced). */
  clear(): void;
}

const DIGIT_GROUPS = /\d+/g;

export interface SearchDocument {
  name: string;
  services: string;
  people: string;
  place: string;
  events: string;
  description: string;
}

/**
 * A phone number as searchable words: its digit groups as written ("+43 732 7800" gives
 * 43, 732, 7800) and all its digits run together (437327800), so either way of typing it
 * finds the organisation.
 */
export function phoneWords(phone: string | undefined): string {
  if (phone === undefined) return '';
  const groups = phone.match(DIGIT_GROUPS);
  if (groups === null) return '';
  return groups.length > 1 ? `${groups.join(' ')} ${groups.join('')}` : groups.join('');
}

function join(parts: readonly (string | undefined | null)[]): string {
  let out = '';
  for (const part of parts) {
    if (part === undefined || part === null || part === '') continue;
    out = out === '' ? part : `${out}\n${part}`;
  }
  return out;
}

/**
 * Builds the six folded columns of an organisation. Taxonomy values (service types, region
 * and its ancestors, country) are written as one token each (see taxonomy-tokens.ts).
 */
export function createDocumentBuilder(
  taxonomy: Taxonomy,
): (org: Organisation, eventTitles: readonly string[]) => SearchDocument {
  const lookup = searchTaxonomy(taxonomy);
  const regionTokens = memo((code: string) =>
    [code, ...lookup.ancestors(code)].map(regionToken).join(' '),
  );

  return (org, eventTitles) => {
    const typeIds = new Set<string>();
    const serviceParts: string[] = [];
    const descriptionParts: string[] = [];
    for (const service of org.services) {
      serviceParts.push(service.title);
      typeIds.add(service.type);
      if (service.description !== undefined) descriptionParts.push(service.description);
    }
    const peopleParts: string[] = [];
    for (const contact of org.contacts) {
      peopleParts.push(join([contact.name, contact.role]), phoneWords(contact.phone));
    }
    return {
      name: indexText(join([org.name, org.acronym, ...Object.values(org.names)])),
      services: join([indexText(join(serviceParts)), [...typeIds].map(serviceTypeToken).join(' ')]),
      people: join([indexText(join(peopleParts)), phoneWords(org.phone), phoneWords(org.fax)]),
      place: join([
        indexText(join([org.city, org.address, org.postcode])),
        org.region === undefined ? '' : regionTokens(org.region),
        countryToken(org.country),
      ]),
      events: indexText(join(eventTitles)),
      description: indexText(join([org.description, ...descriptionParts])),
    };
  };
}

export function createSearchIndexer(db: Db, taxonomy: Taxonomy): SearchIndexer {
  const build = createDocumentBuilder(taxonomy);
  const columns =
    '(rowid, name, services, people, place, events, description) VALUES (?, ?, ?, ?, ?, ?, ?)';
  const insert = db.prepare(`INSERT INTO organisation_fts ${columns}`);
  // INSERT OR REPLACE is supported by contentless_delete tables, but costs about as much as
  // a second insert, so it is used only when the rowid already has a document (docsize row).
  const replace = db.prepare(`INSERT OR REPLACE INTO organisation_fts ${columns}`);
  const exists = db.prepare('SELECT 1 FROM organisation_fts_docsize WHERE id = ?').pluck();
  const del = db.prepare('DELETE FROM organisation_fts WHERE rowid = ?');
  const clearAll = db.prepare(
    "INSERT INTO organisation_fts (organisation_fts) VALUES ('delete-all')",
  );
  const write = (statement: typeof insert, rid: number, doc: SearchDocument) =>
    statement.run(rid, doc.name, doc.services, doc.people, doc.place, doc.events, doc.description);
  return {
    put(rid, org, eventTitles) {
      write(exists.get(rid) === undefined ? insert : replace, rid, build(org, eventTitles));
    },
    add(rid, org, eventTitles) {
      write(insert, rid, build(org, eventTitles));
    },
    remove(rid) {
      if (exists.get(rid) !== undefined) del.run(rid);
    },
    clear() {
      clearAll.run();
    },
  };
}

function memo(fn: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}
