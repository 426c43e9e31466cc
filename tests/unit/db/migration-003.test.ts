import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCachedIndex, writeCachedIndex } from '../../../db/feed-cache';
import { useTempDir } from '../../support/temp-dir';
import { upgradeKeepingNote } from './migration.fixture';

const dir = useTempDir('mcc-migration-003-');

describe('migration 003 (feed_cache)', () => {
  it('upgrades a version-2 database, keeps its data, and stores one index per feed', () => {
    const db = upgradeKeepingNote(join(dir(), 'a.sqlite'), 2, 3);
    writeCachedIndex(db, 'https://a/feed.json', { bytes: Buffer.from('one'), etag: '"1"' });
    writeCachedIndex(db, 'https://a/feed.json', { bytes: Buffer.from('two'), lastModified: 'Fri' });
    expect(readCachedIndex(db, 'https://a/feed.json')).toEqual({
      bytes: Buffer.from('two'),
      lastModified: 'Fri',
    });
    expect(readCachedIndex(db, 'https://b/feed.json')).toBeUndefined();
    db.close();
  });
});
