import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, replaceCatalogue } from '../../../db/catalogue-store';
import type { Db } from '../../../db/sqlite';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  getNote,
  getSetting,
  lastSuccessfulSync,
  lastSync,
  listNotes,
  listShortlists,
  logSync,
  removeFromShortlist,
  renameShortlist,
  setNote,
  setSetting,
  shortlistItems,
} from '../../../db/user-data';
import { org, sampleCatalogue, tempDb } from './catalogue-store.fixture';

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = tempDb('mcc-user-data-'));
  replaceCatalogue(db, sampleCatalogue(), { version: 0, source: 'bundled' });
});
afterEach(() => {
  cleanup();
});

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('shortlists', () => {
  it('creates lists with names unique ignoring case in any script, and lists them', () => {
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

  it('adds only ids the catalogue holds (all or none) and keeps the order they were added in', () => {
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

  it('keeps an organisation the catalogue later removes, reported as removed', () => {
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

describe('notes', () => {
  it('sets, reads, lists and clears a note; validates length and the organisation id', () => {
    expect(setNote(db, 'sk-piestany-spa', 'Met Ms Nováková at the stand.')?.text).toBe(
      'Met Ms Nováková at the stand.',
    );
    expect(getNote(db, 'sk-piestany-spa')).toMatchObject({
      name: 'Kúpele Piešťany',
      removed: false,
    });
    expect(code(() => setNote(db, 'no-such-org', 'x'))).toBe('NOT_FOUND');
    expect(() => setNote(db, 'sk-piestany-spa', 'x'.repeat(10_001))).toThrow(/at most 10000/);
    expect(listNotes(db).map((n) => n.id)).toEqual(['sk-piestany-spa']);
    expect(setNote(db, 'sk-piestany-spa', '  ')).toBeUndefined();
    expect(getNote(db, 'sk-piestany-spa')).toBeUndefined();
  });
});

describe('settings and the sync log', () => {
  it('stores JSON values and the latest sync outcomes', () => {
    setSetting(db, 'locale', 'de');
    setSetting(db, 'columns', ['name', 'email']);
    expect(getSetting(db, 'locale')).toBe('de');
    expect(getSetting(db, 'columns')).toEqual(['name', 'email']);
    setSetting(db, 'locale', undefined);
    expect(getSetting(db, 'locale')).toBeUndefined();

    expect(lastSync(db)).toBeUndefined();
    logSync(db, {
      feed: 'https://feed.example.org/',
      status: 'updated',
      fromVersion: 1,
      version: 2,
    });
    logSync(db, {
      feed: 'https://feed.example.org/',
      status: 'failed',
      errorCode: 'NETWORK',
      errorMessage: 'offline',
    });
    expect(lastSync(db)).toMatchObject({ status: 'failed', errorCode: 'NETWORK' });
    expect(lastSuccessfulSync(db)).toMatchObject({ status: 'updated', version: 2 });
  });
});

describe('user data and catalogue changes', () => {
  it('survives a replace and a delta byte for byte', () => {
    createShortlist(db, 'Visit');
    addToShortlist(db, 'Visit', ['sk-piestany-spa', 'pl-lodz-supplier']);
    setNote(db, 'pl-lodz-supplier', 'Call back in May — Łukasz');
    setSetting(db, 'theme', { dark: true });
    logSync(db, { feed: 'f', status: 'up-to-date' });
    const dump = () =>
      ['shortlist', 'shortlist_item', 'note', 'setting', 'sync_log'].map((t) =>
        db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all(),
      );
    const before = JSON.stringify(dump());
    replaceCatalogue(
      db,
      { organisations: [org('other')], events: [] },
      { version: 0, source: 'import' },
    );
    expect(JSON.stringify(dump())).toBe(before);
    applyChanges(
      db,
      {
        upserts: { organisations: [org('sk-piestany-spa')], events: [] },
        deletes: { organisations: ['other'], events: [] },
      },
      { version: 5, source: 'feed' },
    );
    expect(JSON.stringify(dump())).toBe(before);
    expect(shortlistItems(db, 'Visit').map((i) => i.removed)).toEqual([false, true]);
  });
});
