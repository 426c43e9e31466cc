/**
 * A tiny catalogue for search tests: organisations inserted with plain SQL plus the search
 * indexer, into a real database in a temp folder (no dependency on the catalogue store).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../../db/connection';
import type { Db } from '../../../../db/sqlite';
import { createSearchIndexer } from '../../../../db/search/indexer';
import type { Organisation } from '../../../../catalogue-format/schema';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { org as record } from '../../../fixtures/records';

/** The organisation columns this fixture writes that a record may leave out (NULL). */
const OPTIONAL_COLUMNS = [
  'acronym',
  'description',
  'region',
  'city',
  'address',
  'postcode',
  'phone',
  'fax',
  'email',
] as const satisfies readonly (keyof Organisation)[];

export type OrgInput = Partial<Organisation> & Pick<Organisation, 'id' | 'name'>;

/** The organisation `input` describes, the rest of it default. */
const org = (input: OrgInput): Organisation => record(input.id, input);

export interface Fixture {
  db: Db;
  path: string;
  add(input: OrgInput, eventTitles?: string[]): number;
  remove(id: string): void;
  close(): void;
}

export function createFixture(orgs: OrgInput[] = []): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-search-'));
  const path = join(dir, 'catalogue.sqlite');
  const db = openDatabase(path);
  const fixture = fixtureOn(db, path, () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  db.transaction(() => {
    for (const o of orgs) fixture.add(o);
  })();
  return fixture;
}

interface Indexed {
  rid: number;
  org: Organisation;
  eventTitles: string[];
}

/** What each organisation of a file was indexed with: a contentless index removes exactly that. */
const indexedByPath = new Map<string, Map<string, Indexed>>();

function indexedIn(path: string): Map<string, Indexed> {
  let indexed = indexedByPath.get(path);
  if (indexed === undefined) {
    indexed = new Map();
    indexedByPath.set(path, indexed);
  }
  return indexed;
}

/** Writes organisations through `db` (any connection to the fixture's file). */
export function fixtureOn(db: Db, path: string, close: () => void = () => db.close()): Fixture {
  const indexer = createSearchIndexer(db, loadTaxonomy());
  const insertOrg = db.prepare(
    `INSERT INTO organisation (id, kind, name, acronym, names, description, country, region, city, address, postcode, phone, fax, email)
     VALUES (@id, @kind, @name, @acronym, @names, @description, @country, @region, @city, @address, @postcode, @phone, @fax, @email)`,
  );
  const insertSector = db.prepare(
    'INSERT INTO organisation_sector (organisation_rid, sector_id) VALUES (?, ?)',
  );
  const insertService = db.prepare(
    'INSERT INTO service (organisation_rid, position, id, title, type, description) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertContact = db.prepare(
    'INSERT INTO contact (organisation_rid, position, name, role, phone) VALUES (?, ?, ?, ?, ?)',
  );
  const insertEvent = db.prepare(
    "INSERT INTO event (id, kind, title, start_date, organisers) VALUES (?, 'conference', ?, '2026-01-01', ?)",
  );
  const indexed = indexedIn(path);
  const deleteOrg = db.prepare('DELETE FROM organisation WHERE rid = ?');
  return {
    db,
    path,
    add(input, eventTitles = []) {
      const o = org(input);
      const { lastInsertRowid } = insertOrg.run({
        id: o.id,
        kind: o.kind,
        name: o.name,
        names: JSON.stringify(o.names),
        country: o.country,
        ...Object.fromEntries(OPTIONAL_COLUMNS.map((column) => [column, o[column] ?? null])),
      });
      const rid = Number(lastInsertRowid);
      for (const s of o.sectors) insertSector.run(rid, s);
      o.services.forEach((s, i) => {
        insertService.run(rid, i, s.id, s.title, s.type, s.description ?? null);
      });
      o.contacts.forEach((c, i) => {
        insertContact.run(rid, i, c.name ?? null, c.role ?? null, c.phone ?? null);
      });
      eventTitles.forEach((title, i) => {
        insertEvent.run(`${o.id}-event-${String(i)}`, title, JSON.stringify([o.id]));
      });
      indexer.add(rid, o, eventTitles);
      indexed.set(o.id, { rid, org: o, eventTitles });
      return rid;
    },
    remove(id) {
      const entry = indexed.get(id);
      if (entry === undefined) throw new Error(`no organisation ${id} in the fixture`);
      deleteOrg.run(entry.rid);
      indexer.remove(entry.rid, entry.org, entry.eventTitles);
      indexed.delete(id);
    },
    close,
  };
}
