/**
 * "What's new": what each applied sync changed, recorded in the same transaction as the
 * catalogue write, per record (added, changed with the changed fields' names, removed with the
 * record as last held), for organisations and events; kept to the last 50 syncs and a year.
 */
import { describe, expect } from 'vitest';
import { applyChanges, replaceCatalogue } from '../../../../db/catalogue-store';
import type { ChangeDetails } from '../../../../db/store/change-details';
import {
  KEEP_SYNCS,
  latestChangeSetId,
  listChangeSets,
  recordChangeSet,
  withdrawnRecord,
} from '../../../../db/user-data/change-sets';
import { event, org, sampleCatalogue } from '../catalogue-store.fixture';
import { it } from './fixture';

const feedMeta = (version: number) => ({ version, source: 'feed' as const, channel: 'stable' });

describe('change sets', () => {
  it('of a snapshot: diffed against the catalogue it replaces, organisations and events', ({
    db,
  }) => {
    const before = sampleCatalogue();
    const [first, second, ...rest] = before.organisations;
    if (!first || !second) throw new Error('fixture');
    const after = {
      organisations: [
        { ...first, name: 'Renamed Cluster', city: 'Wels', sectors: [...first.sectors].reverse() },
        ...rest,
        org('new-one', { name: 'Brand New s.r.o.' }),
      ],
      events: [event('ev-new', { title: 'Fair 2027' })],
    };
    let details: ChangeDetails | undefined;
    replaceCatalogue(db, after, feedMeta(1), {
      onChanges: (d) => {
        details = d;
        recordChangeSet(db, { fromVersion: 0, version: 1, payload: 'snapshot', details: d });
      },
    });
    const [set] = listChangeSets(db);
    expect(set).toMatchObject({ fromVersion: 0, version: 1, payload: 'snapshot' });
    // The order of a set-valued field is no change; name and city are, by their source names.
    expect(set?.organisations).toEqual({
      added: [{ id: 'new-one', name: 'Brand New s.r.o.' }],
      changed: [{ id: first.id, name: 'Renamed Cluster', fields: ['name', 'city'] }],
      removed: [{ id: second.id, name: second.name }],
    });
    const oldEvents = before.events.map((e) => ({ id: e.id, name: e.title }));
    expect(set?.events).toEqual({
      added: [{ id: 'ev-new', name: 'Fair 2027' }],
      changed: [],
      removed: oldEvents,
    });
    // The withdrawn organisation keeps its last known details.
    expect(withdrawnRecord(db, 'organisations', second.id)).toMatchObject({
      name: second.name,
      last: second,
      version: 1,
    });
    expect(details?.organisations.removed[0]?.last).toEqual(second);
  });

  it('of a delta: from its plan, only records that really change', ({ db }) => {
    const [first] = sampleCatalogue().organisations;
    if (!first) throw new Error('fixture');
    applyChanges(
      db,
      {
        upserts: {
          organisations: [
            first, // equal to the stored record: no change
            org('added-by-delta'),
          ],
          events: [],
        },
        deletes: { organisations: ['pl-lodz-supplier'], events: ['no-such-event'] },
      },
      feedMeta(2),
      {
        onChanges: (details) => {
          recordChangeSet(db, { fromVersion: 1, version: 2, payload: 'delta', details });
        },
      },
    );
    const [set] = listChangeSets(db);
    expect(set?.organisations).toEqual({
      added: [{ id: 'added-by-delta', name: 'Organisation added-by-delta' }],
      changed: [],
      removed: [{ id: 'pl-lodz-supplier', name: expect.any(String) as string }],
    });
    expect(set?.events).toEqual({ added: [], changed: [], removed: [] });
  });

  it('is not recorded when the write fails: it lives in the same transaction', ({ db }) => {
    expect(() =>
      replaceCatalogue(db, { organisations: [org('x')], events: [] }, feedMeta(1), {
        onChanges: (details) => {
          recordChangeSet(db, { fromVersion: 0, version: 1, payload: 'snapshot', details });
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(listChangeSets(db)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM change_set_entry').pluck().get()).toBe(0);
  });

  it('lists newest first, and since a version', ({ db }) => {
    const none: ChangeDetails = {
      organisations: { added: [], changed: [], removed: [] },
      events: { added: [], changed: [], removed: [] },
    };
    for (let v = 1; v <= 4; v++) {
      recordChangeSet(db, { fromVersion: v - 1, version: v, payload: 'delta', details: none });
    }
    expect(listChangeSets(db).map((s) => s.version)).toEqual([4, 3, 2, 1]);
    expect(listChangeSets(db, { sinceVersion: 2 }).map((s) => s.version)).toEqual([4, 3]);
    expect(listChangeSets(db, { limit: 1 }).map((s) => s.version)).toEqual([4]);
  });

  it('keeps the last 50 syncs and everything within one year, whichever is more', ({ db }) => {
    const details: ChangeDetails = {
      organisations: { added: [{ id: 'a', name: 'A' }], changed: [], removed: [] },
      events: { added: [], changed: [], removed: [] },
    };
    const day = 86_400_000;
    const start = Date.parse('2025-01-01T00:00:00Z');
    // 60 syncs a day apart: all within a year of the last one, so all are kept.
    for (let i = 0; i < 60; i++) {
      recordChangeSet(
        db,
        { fromVersion: i, version: i + 1, payload: 'delta', details },
        new Date(start + i * day),
      );
    }
    expect(listChangeSets(db)).toHaveLength(60);
    // Two years later: only the last 50 syncs are kept (the 61st sync included).
    recordChangeSet(
      db,
      { fromVersion: 60, version: 61, payload: 'delta', details },
      new Date(start + 800 * day),
    );
    const kept = listChangeSets(db);
    expect(kept).toHaveLength(KEEP_SYNCS);
    expect(kept.at(-1)?.version).toBe(61 - KEEP_SYNCS + 1);
    // Entries of pruned change sets go with them.
    expect(db.prepare('SELECT count(*) FROM change_set_entry').pluck().get()).toBe(KEEP_SYNCS);
    expect(latestChangeSetId(db)).toBe(61);
  });
});
