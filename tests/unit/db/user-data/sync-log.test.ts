import { describe, expect } from 'vitest';
import { lastSuccessfulSync, lastSync, logSync } from '../../../../db/user-data/sync-log';
import { it } from './fixture';

describe('the sync log', () => {
  it('records sync outcomes and tells the latest one and the latest success', ({ db }) => {
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
