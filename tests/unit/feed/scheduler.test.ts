/**
 * Automatic updates under a fake clock: the first check after start, `online`, the interval
 * with its jitter, the backoff sequence after failures and its reset, no two syncs at once,
 * switched off; and over a real feed server, an unchanged feed costs one request answered 304.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/sqlite';
import {
  createUpdateScheduler,
  FIRST_CHECK_MS,
  MINUTE_MS,
  type SchedulerSettings,
} from '../../../feed/scheduler';
import { syncFeed, type SyncOutcome } from '../../../feed/sync';
import { fakeClock, type FakeClock } from './fake-clock';
import { bundledDb, devPublicPem, publish, serveFolder, tempDir, type TestServer } from './helpers';
import { syntheticCatalogue } from './synthetic';

const HOUR = 60 * MINUTE_MS;
const ON: SchedulerSettings = { autoUpdate: true, checkEveryMs: 6 * HOUR };

/** A check the test answers by hand: each call waits until the test says how it went. */
function manualCheck() {
  const calls: { at: number; finish: (ok: boolean) => void }[] = [];
  let clock: FakeClock | undefined;
  return {
    calls,
    bind(c: FakeClock) {
      clock = c;
    },
    check: () =>
      new Promise<boolean>((resolve) => {
        calls.push({ at: clock?.now() ?? 0, finish: resolve });
      }),
  };
}

function setup(settings: SchedulerSettings = ON, random = () => 0.5) {
  const clock = fakeClock();
  const checks = manualCheck();
  checks.bind(clock);
  const outcomes: boolean[] = [];
  const scheduler = createUpdateScheduler<boolean>({
    check: checks.check,
    isSuccess: (ok) => ok,
    settings,
    clock,
    random,
    onOutcome: (ok) => outcomes.push(ok),
  });
  const start = clock.now();
  return { clock, checks, scheduler, outcomes, start };
}

describe('the update scheduler', () => {
  it('checks within 10 s of starting, then every interval', async () => {
    const { clock, checks, scheduler, start } = setup();
    scheduler.start();
    await clock.advance(FIRST_CHECK_MS - 1);
    expect(checks.calls).toHaveLength(0);
    await clock.advance(1);
    expect(checks.calls).toHaveLength(1);
    expect(checks.calls[0]?.at).toBeLessThanOrEqual(start + 10_000);
    checks.calls[0]?.finish(true);
    await clock.advance(0);
    // random() = 0.5: exactly the interval.
    expect(scheduler.nextCheckAt()).toBe(clock.now() + 6 * HOUR);
    await clock.advance(6 * HOUR);
    expect(checks.calls).toHaveLength(2);
  });

  it.each([
    [0, 0.9],
    [0.999_999, 1.1],
  ])('jitters the interval within ±10%% (random %s → ×%s)', async (r, factor) => {
    const { clock, checks, scheduler } = setup(ON, () => r);
    scheduler.start();
    await clock.advance(FIRST_CHECK_MS);
    checks.calls[0]?.finish(true);
    await clock.advance(0);
    const delay = (scheduler.nextCheckAt() ?? 0) - clock.now();
    expect(delay).toBeCloseTo(6 * HOUR * factor, -1);
    expect(delay).toBeGreaterThanOrEqual(6 * HOUR * 0.9);
    expect(delay).toBeLessThanOrEqual(6 * HOUR * 1.1);
  });

  it('backs off 1, 2, 4 … minutes after failures, capped at the interval, reset by a success', async () => {
    const { clock, checks, scheduler } = setup({ autoUpdate: true, checkEveryMs: 10 * MINUTE_MS });
    scheduler.start();
    await clock.advance(FIRST_CHECK_MS);
    const gaps: number[] = [];
    for (let i = 0; i < 6; i++) {
      checks.calls.at(-1)?.finish(false);
      await clock.advance(0);
      const due = scheduler.nextCheckAt() ?? 0;
      gaps.push((due - clock.now()) / MINUTE_MS);
      await clock.advance(due - clock.now());
    }
    expect(gaps).toEqual([1, 2, 4, 8, 10, 10]);
    checks.calls.at(-1)?.finish(true);
    await clock.advance(0);
    expect(((scheduler.nextCheckAt() ?? 0) - clock.now()) / MINUTE_MS).toBe(10);
    // A failure after the success starts again at one minute.
    await clock.advance(10 * MINUTE_MS);
    checks.calls.at(-1)?.finish(false);
    await clock.advance(0);
    expect(((scheduler.nextCheckAt() ?? 0) - clock.now()) / MINUTE_MS).toBe(1);
  });

  it('checks when the network is back, and never runs two checks at once', async () => {
    const { clock, checks, scheduler, outcomes } = setup();
    scheduler.start();
    scheduler.online();
    await clock.advance(0);
    expect(checks.calls).toHaveLength(1);
    // Sync now, the first-check timer and another online event all join the running check.
    const joined = scheduler.syncNow();
    scheduler.online();
    await clock.advance(FIRST_CHECK_MS * 2);
    expect(checks.calls).toHaveLength(1);
    expect(scheduler.running()).toBe(true);
    checks.calls[0]?.finish(true);
    expect(await joined).toBe(true);
    expect(outcomes).toEqual([true]);
    expect(scheduler.running()).toBe(false);
  });

  it('switched off: no automatic check, online ignored, Sync now still works', async () => {
    const { clock, checks, scheduler } = setup({ ...ON, autoUpdate: false });
    scheduler.start();
    scheduler.online();
    await clock.advance(30 * HOUR);
    expect(checks.calls).toHaveLength(0);
    expect(scheduler.nextCheckAt()).toBeNull();
    const now = scheduler.syncNow();
    await clock.advance(0);
    checks.calls[0]?.finish(true);
    expect(await now).toBe(true);
    await clock.advance(30 * HOUR);
    expect(checks.calls).toHaveLength(1);
    // Switched on again: a check soon, as after a start.
    scheduler.configure(ON);
    await clock.advance(FIRST_CHECK_MS);
    expect(checks.calls).toHaveLength(2);
    // And off while waiting: nothing more.
    checks.calls[1]?.finish(true);
    await clock.advance(0);
    scheduler.configure({ ...ON, autoUpdate: false });
    await clock.advance(30 * HOUR);
    expect(checks.calls).toHaveLength(2);
    expect(clock.pending()).toBe(0);
  });

  it('refuses an interval under one minute', () => {
    expect(() => setup({ autoUpdate: true, checkEveryMs: 59_999 })).toThrow(/1m or longer/);
  });

  it('a check that throws counts as a failure and automatic checks go on', async () => {
    const clock = fakeClock();
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = createUpdateScheduler<boolean>({
      check: () => {
        calls++;
        throw new Error('bug');
      },
      isSuccess: (ok) => ok,
      settings: ON,
      clock,
      onError: (e) => errors.push(e),
    });
    scheduler.start();
    await clock.advance(FIRST_CHECK_MS + MINUTE_MS);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
  });
});

describe('the scheduler with the real sync over HTTP', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  let server: TestServer;

  beforeAll(async () => {
    dir = tempDir('sched-');
    db = bundledDb(join(dir.path, 'app.sqlite'));
    await publish(join(dir.path, 'feed'), syntheticCatalogue(40));
    server = await serveFolder(join(dir.path, 'feed'));
  });
  afterAll(async () => {
    await server.close();
    db.close();
    dir.remove();
  });

  it('applies the feed at the first check; an unchanged feed then costs one request answered 304', async () => {
    const clock = fakeClock();
    const outcomes: SyncOutcome[] = [];
    const scheduler = createUpdateScheduler<SyncOutcome>({
      check: () => syncFeed({ db, feed: server.url, trust: [devPublicPem()] }),
      isSuccess: (o) => o.status === 'updated' || o.status === 'up-to-date',
      settings: { autoUpdate: true, checkEveryMs: HOUR },
      clock,
      onOutcome: (o) => outcomes.push(o),
    });
    scheduler.start();
    await clock.advance(FIRST_CHECK_MS);
    await scheduler.idle();
    expect(outcomes.map((o) => o.status)).toEqual(['updated']);
    server.requests.splice(0);
    await clock.advance((scheduler.nextCheckAt() ?? 0) - clock.now());
    await scheduler.idle();
    expect(outcomes.map((o) => o.status)).toEqual(['updated', 'up-to-date']);
    expect(server.requests.map((r) => `${r.url} ${r.status ?? ''}`)).toEqual(['/feed.json 304']);
    scheduler.stop();
  });
});
