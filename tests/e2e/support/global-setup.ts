/**
 * Builds the renderer once before the browser tests (`vite build` → renderer/dist), so the
 * tests always exercise the current UI as `catalogue serve` ships it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './app';

export default function globalSetup(): void {
  if (!existsSync('/usr/bin/chromium') && process.env.CHROMIUM_PATH === undefined) {
    throw new Error('Chromium is missing: run `apt-get install -y chromium` (see ENVIRONMENT.md).');
  }
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}
