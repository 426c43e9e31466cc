import { describe, expect, it } from 'vitest';
import { referencesTo, storedOrganisationIds } from '../../../../db/store/references';
import { event, org, useCatalogueDb } from '../catalogue-store.fixture';

const db = useCatalogueDb(
  'mcc-references-',
  () => ({
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
  }),
  { version: 1, source: 'import' },
);

describe('references in the stored catalogue', () => {
  it('tells which ids are stored organisations', () => {
    expect(storedOrganisationIds(db(), ['loner', 'ghost', 'cluster', 'loner'])).toEqual(
      new Set(['loner', 'cluster']),
    );
    expect(storedOrganisationIds(db(), [])).toEqual(new Set());
  });

  it('lists the events, then the members, that refer to the organisations asked about', () => {
    expect(referencesTo(db(), new Set(['other-cluster', 'cluster', 'member']))).toEqual([
      { section: 'events', from: 'fair', to: 'cluster' },
      { section: 'events', from: 'tour', to: 'member' },
      { section: 'organisations', from: 'member', to: 'other-cluster' },
      { section: 'organisations', from: 'member', to: 'cluster' },
    ]);
    expect(referencesTo(db(), new Set(['ghost']))).toEqual([]);
  });
});
