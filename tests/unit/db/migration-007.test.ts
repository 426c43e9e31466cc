import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations/index';
import { readSignedIndex } from '../../../db/store/meta';
import { listChangeSets, recordChangeSet } from '../../../db/user-data/change-sets';
import { shortlistChanges } from '../../../db/user-data/shortlist-changes';
import { lastSync } from '../../../db/user-data/sync-log';
import { useTempDir } from '../../support/temp-dir';

const dir = useTempDir('mcc-migration-007-');

describe('migration 007 (change sets, shortlist marks, the signed index, offline attempts)', () => {
  it('upgrades a version-6 database and keeps its user data and catalogue version', () => {
    const path = join(dir(), 'a.sqlite');
    const v6 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 6) });
    v6.exec(`
      INSERT INTO organisation (rid, id, kind, name, country) VALUES (1, 'a', 'supplier', 'A', 'AT');
      INSERT INTO catalogue_meta (singleton, version, source, channel, applied_at)
        VALUES (1, 4, 'feed', 'stable', '2026-01-01T00:00:00Z');
      INSERT INTO shortlist (id, name, created_at) VALUES (1, 'Fair', '2026-01-01');
      INSERT INTO shortlist_item VALUES (1, 'a', '2026-01-01');
      INSERT INTO sync_log (at, feed, status, error_code) VALUES ('2026-01-02', 'f', 'failed', 'NETWORK');
    `);
    v6.close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 7) });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    // A version applied before the app kept signed indexes has none: nothing to share yet.
    expect(readSignedIndex(db)).toBeUndefined();
    // An old failure is not known to have been "offline".
    expect(lastSync(db)).toMatchObject({ errorCode: 'NETWORK', unreachable: false });
    // The list existing before the migration sees every change recorded after it.
    recordChangeSet(db, {
      fromVersion: 4,
      version: 5,
      payload: 'delta',
      details: {
        organisations: {
          added: [],
          changed: [{ id: 'a', name: 'A', fields: ['name'] }],
          removed: [],
        },
        events: { added: [], changed: [], removed: [] },
      },
    });
    expect(shortlistChanges(db, 'Fair').changed).toEqual([
      { id: 'a', name: 'A', fields: ['name'] },
    ]);
    expect(listChangeSets(db)).toHaveLength(1);
    db.close();
  });
});
