/**
 * The sync log records what a sync did; when it cannot be written (a full disk, say), the sync
 * still reports what really happened, and an update that was applied stays applied.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMeta } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import { lastSync } from '../../../db/user-data/sync-log';
import { syncFeed } from '../../../feed/sync';
import { runCli } from '../cli/run-cli';
import { bundledDb, devPublicPem, publish, tempDir } from './helpers';
import { syntheticCatalogue } from './synthetic';

let dir: ReturnType<typeof tempDir>;
const dbPath = () => join(dir.path, 'app.sqlite');
const feed = () => join(dir.path, 'feed');

beforeEach(async () => {
  dir = tempDir('sync-log-');
  const db = bundledDb(dbPath());
  // Every write to the sync log fails, as it would on a full disk.
  db.exec(`CREATE TRIGGER full_disk BEFORE INSERT ON sync_log
           BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
  db.close();
  await publish(feed(), syntheticCatalogue(40));
});
afterEach(() => {
  dir.remove();
});

describe('a sync whose log cannot be written', () => {
  it('reports the update it applied, and why it is not in the log', async () => {
    const outcome = await syncFeed({ db: dbPath(), feed: feed(), trust: [devPublicPem()] });
    expect(outcome).toMatchObject({
      status: 'updated',
      from_version: 0,
      version: 1,
      logError: 'database or disk is full',
    });
    const db = openDatabase(dbPath());
    try {
      expect(readMeta(db)?.version).toBe(1);
      expect(lastSync(db)).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('prints the documented JSON of the real outcome, with a warning on standard error', async () => {
    const trusted = join(dir.path, 'trusted.pem');
    writeFileSync(trusted, devPublicPem());
    const result = await runCli([
      'sync',
      ...['--feed', feed(), '--db', dbPath(), '--json'],
      ...['--trust', trusted],
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      status: 'updated',
      from_version: 0,
      version: 1,
      changes: expect.objectContaining({ added: expect.any(Number) as number }) as object,
    });
    expect(result.err).toBe(
      'catalogue: warning: this sync could not be recorded in the sync log: database or disk is full\n',
    );
  });
});
