/**
 * Where Electron's executable is, found the way the `electron` package finds it but without
 * its fallback of downloading the runtime (which cannot work on machines without access to
 * Electron's releases, and must not happen behind `npm start`'s back). Imports nothing from
 * Electron, so Node scripts and tests can ask.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The Electron executable, or undefined when its runtime is not installed. */
export function electronExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron')
    : relative === undefined
      ? undefined
      : join(packageDir, 'dist', relative);
  return executable !== undefined && existsSync(executable) ? executable : undefined;
}

export const ELECTRON_MISSING =
  "Electron's runtime is not installed here; starting web mode instead.";
