/**
 * A progress bar for long commands (sync, publish, import) — on a terminal only. With
 * `enabled` false (not a TTY, or `--json`) every call does nothing, so machine-readable
 * output is never mixed with bar redraws. The bar is drawn on standard error.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total?: number, detail?: string): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

export function createProgress(label: string, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return SILENT;
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% {value}/{total} {detail}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
    fps: 10,
  });
  let started = false;
  return {
    update(done, total, detail = '') {
      if (!started) {
        bar.start(total ?? Math.max(done, 1), done, { detail });
        started = true;
        return;
      }
      if (total !== undefined) bar.setTotal(total);
      bar.update(done, { detail });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
