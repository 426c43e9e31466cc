/**
 * `npm run security:electron`: the locked Electron must be one of the three newest stable
 * majors, the ones that still get security fixes. Reads the registry when it is reachable;
 * offline, it says so in one line and passes, because no verdict is possible.
 */
import { readFileSync } from 'node:fs';
import { supportedMajors } from './electron-support';

const root = new URL('../../', import.meta.url);
const installed = (
  JSON.parse(readFileSync(new URL('node_modules/electron/package.json', root), 'utf8')) as {
    version: string;
  }
).version;
const locked = Number.parseInt(installed, 10);

let versions: string[];
try {
  const response = await fetch('https://registry.npmjs.org/electron', {
    headers: { accept: 'application/vnd.npm.install-v1+json' },
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  versions = Object.keys(
    ((await response.json()) as { versions: Record<string, unknown> }).versions,
  );
} catch (error) {
  process.stdout.write(
    `- electron version check skipped: the npm registry is not reachable (${(error as Error).message})\n`,
  );
  process.exit(0);
}

const majors = supportedMajors(versions);
if (majors.includes(locked)) {
  process.stdout.write(
    `✔ electron ${installed}: major ${locked} is supported (newest stable majors: ${majors.join(', ')})\n`,
  );
} else {
  process.stderr.write(
    `✖ electron ${installed}: major ${locked} no longer gets security fixes; the supported stable majors are ${majors.join(', ')}. Upgrade with \`npm install --save-dev electron@${majors[0] ?? 'latest'}\`.\n`,
  );
  process.exitCode = 1;
}
