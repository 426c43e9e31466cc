/**
 * When the app checks its feed by itself (#13): a first check within 10 s of starting, one
 * whenever the system reports the network is back, then one every `checkEvery` with ±10%
 * random jitter, so thousands of installs do not hit the host at the same moment. After a
 * failure it tries again after 1 min, 2, 4 … capped at the interval; a success resets that.
 * Never two syncs at once: "Sync now" during a check joins it. Switched off, it checks only
 * when asked.
 *
 * Pure timing: the sync itself (`check`), the clock and the random source are injected, so
 * the policy is tested under a fake clock and the app core wires the real sync in.
 */

export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending check must never keep a process (the CLI's `serve`, a test) alive by itself.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export const MINUTE_MS = 60_000;
/** The first automatic check after start (the issue asks for one within 10 s). */
export const FIRST_CHECK_MS = 5_000;
export const DEFAULT_CHECK_EVERY_MS = 6 * 60 * MINUTE_MS;
export const MIN_CHECK_EVERY_MS = 60_000; // one minute
/** The first retry after a failure; each further failure doubles it, up to the interval. */
const FIRST_RETRY_MS = MINUTE_MS;
/** ±10% of the interval. */
const JITTER = 0.1;

export interface SchedulerSettings {
  /** Whether the app checks by itself; off, it syncs only when asked. */
  autoUpdate: boolean;
  /** The interval between automatic checks, at least MIN_CHECK_EVERY_MS. */
  checkEveryMs: number;
}

/** Whether an outcome counts as a success (resets the backoff). */
type IsSuccess<T> = (outcome: T) => boolean;

export interface UpdateSchedulerOptions<T> {
  /** One sync. A rejected promise counts as a failure, like an unsuccessful outcome. */
  check: () => Promise<T>;
  isSuccess: IsSuccess<T>;
  settings: SchedulerSettings;
  clock?: SchedulerClock;
  /** A number in [0, 1), for the jitter. */
  random?: () => number;
  /** Told when a check starts, with whether the user asked for it. */
  onStart?: (manual: boolean) => void;
  /** Told after every check, automatic or asked for. */
  onOutcome?: (outcome: T, manual: boolean) => void;
  /** Told when `check` throws (a bug, not a feed problem: those are outcomes). */
  onError?: (error: unknown) => void;
}

export interface UpdateScheduler<T> {
  /** Starts automatic checks (the first within FIRST_CHECK_MS). */
  start(): void;
  /** Stops automatic checks; a check that is running finishes. */
  stop(): void;
  /** The system reports the network is back: check now (when automatic checks are on). */
  online(): void;
  /** A check now, whatever the settings; joins the check that is running, if any. */
  syncNow(): Promise<T>;
  configure(settings: SchedulerSettings): void;
  settings(): SchedulerSettings;
  /** When the next automatic check is due (ms since the epoch), or null. */
  nextCheckAt(): number | null;
  /** Whether a check is running. */
  running(): boolean;
  /** Resolves once no check is running. */
  idle(): Promise<void>;
}

function checkEveryProblem(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms < MIN_CHECK_EVERY_MS) {
    return 'Automatic checks can be at most once a minute: give 1m or longer.';
  }
  return undefined;
}

export function createUpdateScheduler<T>(options: UpdateSchedulerOptions<T>): UpdateScheduler<T> {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  let settings = validSettings(options.settings);
  let started = false;
  let timer: unknown;
  let dueAt: number | null = null;
  let inFlight: { promise: Promise<T>; manual: boolean } | undefined;
  let failures = 0;

  function cancel(): void {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    dueAt = null;
  }

  function schedule(delay: number): void {
    cancel();
    if (!started || !settings.autoUpdate || inFlight !== undefined) return;
    dueAt = clock.now() + delay;
    timer = clock.setTimeout(() => {
      timer = undefined;
      dueAt = null;
      run(false).catch(() => undefined);
    }, delay);
  }

  /** The delay before the next automatic check after one ended. */
  function nextDelay(): number {
    const interval = settings.checkEveryMs;
    if (failures > 0) return Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), interval);
    return Math.round(interval * (1 - JITTER + 2 * JITTER * random()));
  }

  function run(manual: boolean): Promise<T> {
    if (inFlight !== undefined) return inFlight.promise;
    cancel();
    options.onStart?.(manual);
    const settle = (success: boolean) => {
      failures = success ? 0 : failures + 1;
      inFlight = undefined;
      schedule(nextDelay());
    };
    const promise = (async () => {
      // Yield first, so `inFlight` is set before anything can settle, even a check that throws
      // at once.
      await Promise.resolve();
      let outcome: T;
      try {
        outcome = await options.check();
      } catch (error) {
        settle(false);
        options.onError?.(error);
        throw error;
      }
      settle(options.isSuccess(outcome));
      options.onOutcome?.(outcome, manual);
      return outcome;
    })();
    inFlight = { promise, manual };
    return promise;
  }

  return {
    start() {
      if (started) return;
      started = true;
      schedule(FIRST_CHECK_MS);
    },
    stop() {
      started = false;
      cancel();
    },
    online() {
      if (!started || !settings.autoUpdate) return;
      run(false).catch(() => undefined);
    },
    syncNow: () => run(true),
    configure(next) {
      const previous = settings;
      settings = validSettings(next);
      if (!started || inFlight !== undefined) return;
      if (!settings.autoUpdate) cancel();
      // Switched (back) on: soon, as after a start. A new interval counts from now.
      else if (!previous.autoUpdate) schedule(FIRST_CHECK_MS);
      else if (previous.checkEveryMs !== settings.checkEveryMs) schedule(nextDelay());
    },
    settings: () => ({ ...settings }),
    nextCheckAt: () => dueAt,
    running: () => inFlight !== undefined,
    async idle() {
      while (inFlight !== undefined) await inFlight.promise.catch(() => undefined);
    },
  };
}

function validSettings(settings: SchedulerSettings): SchedulerSettings {
  const problem = checkEveryProblem(settings.checkEveryMs);
  if (problem !== undefined) throw new RangeError(problem);
  return { ...settings };
}
