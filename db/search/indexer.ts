/**
 * Writes organisations' search documents into `organisation_fts`. Called by the catalogue
 * store inside its own transaction, so the index always describes exactly the committed rows.
 *
 * A document is a pure function of the organisation, the titles of the events it organises
 * and the taxonomy, which is what lets the store remove one from the contentless index.
 * Text goes through indexText() (fold.ts), which gives the tokenizer text whose words are those
 * of the query side's folding. Column order (see migration 005) is the order of the bm25
 * weights used by the engine.
 */
import type { Db } from '../sqlite';
import { taxonomyHash } from '../taxonomy';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import type { DocumentSource } from './document-source';
import { indexText } from './fold';
import { countryToken, regionToken, serviceTypeToken } from './taxonomy-tokens';
import { searchTaxonomy } from './taxonomy-lookup';

export interface SearchIndexer {
  /** Adds the document of an organisation that has none in the index. */
  add(rid: number, org: DocumentSource, eventTitles: readonly string[]): void;
  /**
   * Removes the document of `rid`. The index keeps no text (contentless), so it is told what
   * to remove: `org` and `eventTitles` must be exactly what the document was added with.
   */
  remove(rid: number, org: DocumentSource, eventTitles: readonly string[]): void;
  /** Empties the whole index (before the catalogue is replaced). */
  clear(): void;
  /**
   * Runs `fill`, which adds a whole catalogue's documents, with FTS5's in-memory buffer of
   * pending words raised so that they reach the disk once, as one segment: no merges while
   * loading, and a delta afterwards finds one segment to work with instead of a dozen it would
   * start merging (measured: a 1,000-change delta's commit wrote 1,387 pages, then 662).
   */
  bulk<T>(fill: () => T): T;
}

/** FTS5's default pending-data buffer (fts5Int.h), restored after a bulk load. */
const DEFAULT_HASH_BYTES = 1024 * 1024;
/** The buffer during a bulk load: 100,000 organisations' words fit with room to spare. */
const BULK_HASH_BYTES = 256 * 1024 * 1024;

interface SearchDocument {
  name: string;
  services: string;
  people: string;
  place: string;
  events: string;
  description: string;
}

/** The columns of the index, in order (the order of the engine's bm25 weights). */
const COLUMNS = ['name', 'services', 'people', 'place', 'events', 'description'] as const;

/**
 * What createDocumentBuilder() writes, as a number to bump whenever that changes. A delta
 * removes documents by building them again, which only works with the format they were added
 * in; a store whose index was built otherwise rebuilds it whole (see documentsVersion()).
 * 2: phone and fax numbers left out of the index (search/phones.ts finds them).
 * 3: words in their plain spelling (search/digraphs.ts), without the umlaut words' second
 *    spelling; taxonomy tokens begin with "0" instead of "z" (search/taxonomy-tokens.ts).
 */
const DOCUMENT_FORMAT = 3;

/** What a whole index's documents are a function of, besides the records themselves. */
export function documentsVersion(taxonomy: Taxonomy): string {
  return `${String(DOCUMENT_FORMAT)}:${taxonomyHash(taxonomy)}`;
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
function createDocumentBuilder(
  taxonomy: Taxonomy,
): (org: DocumentSource, eventTitles: readonly string[]) => SearchDocument {
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
    for (const contact of org.contacts) peopleParts.push(join([contact.name, contact.role]));
    return {
      name: indexText(join([org.name, org.acronym, ...Object.values(org.names)])),
      services: join([indexText(join(serviceParts)), [...typeIds].map(serviceTypeToken).join(' ')]),
      people: indexText(join(peopleParts)),
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
  const columns = COLUMNS.join(', ');
  const insert = db.prepare(
    `INSERT INTO organisation_fts (rowid, ${columns}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const remove = db.prepare(
    `INSERT INTO organisation_fts (organisation_fts, rowid, ${columns}) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const clearAll = db.prepare(
    "INSERT INTO organisation_fts (organisation_fts) VALUES ('delete-all')",
  );
  const hashSize = db.prepare(
    "INSERT INTO organisation_fts (organisation_fts, rank) VALUES ('hashsize', ?)",
  );
  const write = (statement: typeof insert, rid: number, doc: SearchDocument) =>
    statement.run(rid, doc.name, doc.services, doc.people, doc.place, doc.events, doc.description);
  return {
    add(rid, org, eventTitles) {
      write(insert, rid, build(org, eventTitles));
    },
    remove(rid, org, eventTitles) {
      write(remove, rid, build(org, eventTitles));
    },
    clear() {
      clearAll.run();
    },
    bulk(fill) {
      // As a BigInt: FTS5 takes the value only as an SQL integer (a JS number binds as REAL).
      hashSize.run(BigInt(BULK_HASH_BYTES));
      try {
        return fill();
      } finally {
        hashSize.run(BigInt(DEFAULT_HASH_BYTES));
      }
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
