import { describe, expect } from 'vitest';
import { applyChanges } from '../../../../db/catalogue-store';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  listShortlists,
  removeFromShortlist,
  renameShortlist,
  shortlistItems,
} from '../../../../db/user-data/shortlists';
import { code, it } from './fixture';

describe('shortlists', () => {
  it('creates lists with names unique ignoring case in any script, and lists them', ({ db }) => {
    createShortlist(db, '  Fair Vienna ');
    createShortlist(db, 'Čaj');
    expect(code(() => createShortlist(db, 'fair vienna'))).toBe('CONFLICT');
    expect(code(() => createShortlist(db, 'čAJ'))).toBe('CONFLICT');
    expect(code(() => createShortlist(db, '   '))).toBe('INVALID_ARGUMENT');
    expect(() => {
      createShortlist(db, 'x'.repeat(101));
    }).toThrow(/at most 100 characters/);
    expect(listShortlists(db).map((s) => s.name)).toEqual(['Čaj', 'Fair Vienna']);
    renameShortlist(db, 'FAIR VIENNA', 'Fair Linz');
    deleteShortlist(db, 'čaj');
    expect(listShortlists(db)).toMatchObject([{ name: 'Fair Linz', count: 0, removed: 0 }]);
    expect(
      code(() => {
        deleteShortlist(db, 'nope');
      }),
    ).toBe('NOT_FOUND');
  });

  it('adds only ids the catalogue holds (all or none) and keeps the order they were added in', ({
    db,
  }) => {
    createShortlist(db, 'Visit');
    expect(() => addToShortlist(db, 'visit', ['sk-piestany-spa', 'no-such-org'])).toThrow(
      /No organisation with id no-such-org/,
    );
    expect(shortlistItems(db, 'Visit')).toEqual([]);
    expect(addToShortlist(db, 'visit', ['sk-piestany-spa', 'at-automotive-cluster'])).toBe(2);
    expect(addToShortlist(db, 'visit', ['sk-piestany-spa'])).toBe(0);
    expect(shortlistItems(db, 'Visit').map((i) => [i.id, i.name, i.removed])).toEqual([
      ['sk-piestany-spa', 'Kúpele Piešťany', false],
      ['at-automotive-cluster', 'Automobil-Cluster Oberösterreich', false],
    ]);
    expect(removeFromShortlist(db, 'Visit', ['sk-piestany-spa', 'other'])).toBe(1);
    expect(code(() => shortlistItems(db, 'Unknown'))).toBe('NOT_FOUND');
  });

  it('keeps an organisation the catalogue later removes, reported as removed', ({ db }) => {
    createShortlist(db, 'Visit');
    addToShortlist(db, 'Visit', ['pl-lodz-supplier', 'sk-piestany-spa']);
    applyChanges(
      db,
      {
        upserts: { organisations: [], events: [] },
        deletes: { organisations: ['pl-lodz-supplier'], events: [] },
      },
      { version: 2, source: 'feed' },
    );
    expect(shortlistItems(db, 'Visit')).toMatchObject([
      { id: 'pl-lodz-supplier', name: null, removed: true },
      { id: 'sk-piestany-spa', removed: false },
    ]);
    expect(listShortlists(db)).toMatchObject([{ name: 'Visit', count: 2, removed: 1 }]);
    // A removed organisation can still be taken off the list.
    expect(removeFromShortlist(db, 'Visit', ['pl-lodz-supplier'])).toBe(1);
  });
});
