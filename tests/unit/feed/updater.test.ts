/**
 * The app's update engine: automatic checks of the app's feed, Sync now joining them, a sync
 * from a colleague's folder that waits for a running check (never two syncs at once), and the
 * status with the next check.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/sqlite';
import { FIRST_CHECK_MS, MINUTE_MS } from '../../../feed/scheduler';
import type { SyncProgress } from '../../../feed/sync';
import { createUpdater, type FinishedSync } from '../../../feed/updater';
import { fakeClock } from './fake-clock';
import { bundledDb, devPublicPem, publish, tempDir } from './helpers';
import { syntheticCatalogue } from './synthetic';

describe('the update engine', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;

  beforeAll(async () => {
    dir = tempDir('updater-');
    await publish(join(dir.path, 'feed'), syntheticCatalogue(30));
    cpSync(join(dir.path, 'feed'), join(dir.path, 'stick'), { recursive: true });
    await publish(join(dir.path, 'stick'), syntheticCatalogue(35));
    db = bundledDb(join(dir.path, 'app.sqlite'));
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });

  it('checks by itself, joins Sync now, and runs a folder sync only after the check', async () => {
    const clock = fakeClock();
    const finished: FinishedSync[] = [];
    const phases: SyncProgress['phase'][] = [];
    const updater = createUpdater({
      db,
      source: () => Promise.resolve({ feed: join(dir.path, 'feed'), trust: [devPublicPem()] }),
      settings: { autoUpdate: true, checkEveryMs: 60 * MINUTE_MS },
      clock,
      onFinished: (f) => finished.push(f),
      onProgress: (p) => phases.push(p.phase),
    });
    expect(updater.status()).toMatchObject({
      state: 'never-checked',
      syncing: false,
      nextCheck: null,
    });
    updater.start();
    expect(updater.status().nextCheck).toBe(new Date(clock.now() + FIRST_CHECK_MS).toISOString());
    await clock.advance(FIRST_CHECK_MS);
    expect(updater.status().syncing).toBe(true);
    // While the automatic check runs: Sync now joins it, the folder waits for it.
    const now = updater.syncNow();
    const folder = updater.syncFrom(join(dir.path, 'stick'));
    const [joined, fromFolder] = await Promise.all([now, folder]);
    expect(joined).toMatchObject({ status: 'updated', version: 1 });
    expect(fromFolder).toMatchObject({ status: 'updated', from_version: 1, version: 2 });
    expect(finished.map((f) => [f.automatic, f.outcome.version])).toEqual([
      [true, 1],
      [false, 2],
    ]);
    // One sync after the other: each one's phases end before the next one's begin.
    expect(phases.filter((p) => p === 'fetch-index' || p === 'done')).toEqual([
      'fetch-index',
      'done',
      'fetch-index',
      'done',
    ]);
    await updater.idle();
    expect(updater.status()).toMatchObject({
      state: 'up-to-date',
      version: 2,
      syncing: false,
      autoUpdate: true,
    });
    updater.configure({ autoUpdate: false, checkEveryMs: 60 * MINUTE_MS });
    expect(updater.status()).toMatchObject({ autoUpdate: false, nextCheck: null });
    updater.stop();
  });
});
