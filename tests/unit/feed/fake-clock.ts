/** A clock for the scheduler tests: time moves only when the test advances it. */
import type { SchedulerClock } from '../../../feed/scheduler';

export interface FakeClock extends SchedulerClock {
  /** Moves time forward, running each timer that falls due, in order. */
  advance(ms: number): Promise<void>;
  /** Delays of the timers set so far, in the order they were set. */
  delays: number[];
  pending(): number;
}

export function fakeClock(start = Date.parse('2026-12-01T08:00:00Z')): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const delays: number[] = [];
  // Lets promise callbacks (a check finishing, the next timer being set) run.
  const settle = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return {
    now: () => now,
    setTimeout(callback, ms) {
      delays.push(ms);
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    delays,
    pending: () => timers.size,
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const due = [...timers]
          .filter(([, t]) => t.at <= end)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
        await settle();
      }
      now = end;
      await settle();
    },
  };
}
