import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceCatalogue } from '../../../../db/catalogue-store';
import type { Db } from '../../../../db/sqlite';
import { referencesTo, storedOrganisationIds } from '../../../../db/store/references';
import { event, org, tempDb } from '../catalogue-store.fixture';

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = tempDb('mcc-references-'));
  replaceCatalogue(
    db,
    {
      organisations: [
        org('cluster'),
        org('other-cluster'),
        org('member', { member_of: ['cluster', 'other-cluster'] }),
        org('loner'),
      ],
      events: [
        event('fair', { organisers: ['cluster', 'loner'] }),
        event('tour', { organisers: ['member'] }),
      ],
    },
    { version: 1, source: 'import' },
  );
});
afterEach(() => {
  cleanup();
});

describe('references in the stored catalogue', () => {
  it('tells which ids are stored organisations', () => {
    expect(storedOrganisationIds(db, ['loner', 'ghost', 'cluster', 'loner'])).toEqual(
      new Set(['loner', 'cluster']),
    );
    expect(storedOrganisationIds(db, [])).toEqual(new Set());
  });

  it('lists the events, then the members, that refer to the organisations asked about', () => {
    expect(referencesTo(db, new Set(['other-cluster', 'cluster', 'member']))).toEqual([
      { section: 'events', from: 'fair', to: 'cluster' },
      { section: 'events', from: 'tour', to: 'member' },
      { section: 'organisations', from: 'member', to: 'other-cluster' },
      { section: 'organisations', from: 'member', to: 'cluster' },
    ]);
    expect(referencesTo(db, new Set(['ghost']))).toEqual([]);
  });
});
