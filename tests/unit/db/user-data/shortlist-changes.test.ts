/**
 * A shortlist flags the organisations that a sync changed or withdrew since the user last
 * opened it, with what changed; its entries and notes stay.
 */
import { describe, expect } from 'vitest';
import { applyChanges } from '../../../../db/catalogue-store';
import { setNote } from '../../../../db/user-data/notes';
import { recordChangeSet } from '../../../../db/user-data/change-sets';
import { markShortlistSeen, shortlistChanges } from '../../../../db/user-data/shortlist-changes';
import {
  addToShortlist,
  createShortlist,
  shortlistItems,
} from '../../../../db/user-data/shortlists';
import type { Organisation } from '../../../../catalogue-format/schema';
import type { Db } from '../../../../db/sqlite';
import { org, sampleCatalogue } from '../catalogue-store.fixture';
import { it } from './fixture';

let version = 0;
function sync(db: Db, upserts: Organisation[], deletes: string[] = []): void {
  version++;
  const from = version - 1;
  applyChanges(
    db,
    {
      upserts: { organisations: upserts, events: [] },
      deletes: { organisations: deletes, events: [] },
    },
    { version, source: 'feed', channel: 'stable' },
    {
      onChanges: (details) => {
        recordChangeSet(db, { fromVersion: from, version, payload: 'delta', details });
      },
    },
  );
}

describe('shortlist flags', () => {
  it('say what changed or was withdrawn since the list was last opened', ({ db }) => {
    version = 0;
    const lodzName = sampleCatalogue().organisations.find((o) => o.id === 'pl-lodz-supplier')?.name;
    sync(db, [org('old-change')]); // before the list exists: never flagged
    createShortlist(db, 'Fair');
    addToShortlist(db, 'Fair', ['old-change', 'sk-piestany-spa', 'pl-lodz-supplier']);
    setNote(db, 'pl-lodz-supplier', 'keep me');
    expect(shortlistChanges(db, 'Fair')).toEqual({ changed: [], withdrawn: [] });

    const spa = sampleCatalogue().organisations.find((o) => o.id === 'sk-piestany-spa');
    if (!spa) throw new Error('fixture');
    sync(db, [{ ...spa, name: 'Kúpele Piešťany a.s.' }]);
    sync(
      db,
      [{ ...spa, name: 'Kúpele Piešťany a.s.', website: 'https://spa.sk' }],
      ['pl-lodz-supplier'],
    );
    sync(db, [org('not-in-list', { name: 'Elsewhere' })]);
    const flags = shortlistChanges(db, 'fair');
    expect(flags).toEqual({
      // Every field either sync changed, once each, with the name it has now.
      changed: [
        { id: 'sk-piestany-spa', name: 'Kúpele Piešťany a.s.', fields: ['name', 'website'] },
      ],
      withdrawn: [{ id: 'pl-lodz-supplier', name: lodzName }],
    });

    // The withdrawn organisation stays in the list with its note.
    expect(shortlistItems(db, 'Fair').map((i) => [i.id, i.removed])).toEqual([
      ['old-change', false],
      ['sk-piestany-spa', false],
      ['pl-lodz-supplier', true],
    ]);
    expect(
      db.prepare("SELECT text FROM note WHERE organisation_id = 'pl-lodz-supplier'").pluck().get(),
    ).toBe('keep me');

    markShortlistSeen(db, 'Fair');
    expect(shortlistChanges(db, 'Fair')).toEqual({ changed: [], withdrawn: [] });
    sync(db, [org('old-change', { name: 'Changed after opening' })]);
    expect(shortlistChanges(db, 'Fair')).toEqual({
      changed: [{ id: 'old-change', name: 'Changed after opening', fields: ['name'] }],
      withdrawn: [],
    });
  });
});
