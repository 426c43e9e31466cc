/** Small hand-built catalogues for the store, profile and user-data tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { replaceCatalogue, type CatalogueMetaInput } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import type { Db } from '../../../db/sqlite';
import type { Catalogue, CatalogueEvent } from '../../../catalogue-format/schema';
import { org } from '../../fixtures/records';

export { org };

export function event(id: string, fields: Partial<CatalogueEvent> = {}): CatalogueEvent {
  return {
    id,
    kind: 'exchange-forum',
    title: `Event ${id}`,
    start: '2026-05-04',
    organisers: [],
    sectors: [],
    ...fields,
  };
}

/** A cluster with a full record, two members and an event: every optional field used. */
export function sampleCatalogue(): Catalogue {
  return {
    organisations: [
      org('at-automotive-cluster', {
        kind: 'cluster',
        name: 'Automobil-Cluster Oberösterreich',
        acronym: 'AC',
        names: { en: 'Automotive Cluster Upper Austria', it: 'Cluster automobilistico' },
        description: 'Netzwerk der Fahrzeugzulieferer in Oberösterreich.',
        country: 'AT',
        region: 'AT312',
        city: 'Linz',
        address: 'Hafenstraße 47-51',
        postcode: '4020',
        website: 'https://www.automobil-cluster.at',
        email: 'info@automobil-cluster.at',
        phone: '+43 732 79810 5117',
        fax: '+43 732 79810 5110',
        sectors: ['automotive-aeronautics', 'mobility-logistics'],
        services: [
          {
            id: 'svc-b2b',
            title: 'B2B-Kooperationsbörse',
            type: 'cooperation',
            description: 'Matchmaking zwischen Zulieferern.',
            sectors: ['automotive-aeronautics'],
          },
          { id: 'svc-info', title: 'Newsletter', type: 'information-communication', sectors: [] },
        ],
        contacts: [
          {
            name: 'Ing. Jana Nováková',
            role: 'Cluster manager',
            email: 'jana@example.org',
            languages: ['de', 'sk'],
          },
          { role: 'Office', phone: '+43 732 1', languages: [] },
        ],
        verified_at: '2026-01-15',
      }),
      org('sk-piestany-spa', {
        kind: 'partner',
        name: 'Kúpele Piešťany',
        country: 'SK',
        region: 'SK021',
        city: 'Piešťany',
        sectors: ['health', 'tourism'],
        member_of: ['at-automotive-cluster'],
      }),
      org('pl-lodz-supplier', {
        name: 'Łódź Precision Parts',
        country: 'PL',
        city: 'Łódź',
        member_of: ['at-automotive-cluster'],
      }),
    ],
    events: [
      event('forum-2026', {
        title: 'Exchange Forum Linz',
        start: '2026-06-10',
        end: '2026-06-11',
        city: 'Linz',
        country: 'AT',
        organisers: ['at-automotive-cluster', 'sk-piestany-spa'],
        sectors: ['automotive-aeronautics'],
        description: 'Suppliers meet clusters.',
        website: 'https://example.org/forum',
      }),
    ],
  };
}

/** A fresh database in a temp folder; call the returned cleanup in afterEach. */
export function tempDb(prefix = 'mcc-store-'): {
  db: Db;
  dir: string;
  path: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, 'test.sqlite');
  const db = openDatabase(path);
  return {
    db,
    dir,
    path,
    cleanup: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Call at the top of a test file: each test gets a fresh database in a temp folder (`tempDb`)
 * holding `catalogue()` as `meta` describes it, closed and removed after the test. The returned
 * function gives the running test's database.
 */
export function useCatalogueDb(
  prefix: string,
  catalogue: () => Catalogue,
  meta: CatalogueMetaInput = { version: 0, source: 'bundled' },
): () => Db {
  let current: ReturnType<typeof tempDb> | undefined;
  beforeEach(() => {
    current = tempDb(prefix);
    replaceCatalogue(current.db, catalogue(), meta);
  });
  afterEach(() => {
    current?.cleanup();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('The test database exists only while a test runs.');
    return current.db;
  };
}

/** The element at `i`, failing the test clearly when there is none. */
export function at<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new Error(`no element at ${i}`);
  return value;
}
