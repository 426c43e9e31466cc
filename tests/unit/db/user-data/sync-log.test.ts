import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../db/sqlite';
import { lastSuccessfulSync, lastSync, logSync } from '../../../../db/user-data/sync-log';
import { userDataDb } from './fixture';

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = userDataDb());
});
afterEach(() => {
  cleanup();
});

describe('the sync log', () => {
  it('records sync outcomes and tells the latest one and the latest success', () => {
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
