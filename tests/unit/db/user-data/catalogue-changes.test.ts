/**
 * User data (shortlists, notes, settings, the sync log) is in tables that no import or sync
 * writes and no foreign key cascades into from the catalogue.
 */
import { describe, expect } from 'vitest';
import { applyChanges, replaceCatalogue } from '../../../../db/catalogue-store';
import { setNote } from '../../../../db/user-data/notes';
import { setSetting } from '../../../../db/user-data/settings';
import {
  addToShortlist,
  createShortlist,
  shortlistItems,
} from '../../../../db/user-data/shortlists';
import { logSync } from '../../../../db/user-data/sync-log';
import { org } from '../catalogue-store.fixture';
import { it } from './fixture';

describe('user data and catalogue changes', () => {
  it('survives a replace and a delta byte for byte', ({ db }) => {
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
