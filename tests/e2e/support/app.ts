/**
 * Starts the app in web mode for one test, on its own temporary data folder: the real
 * `catalogue serve --port 0 --db <tmp>` (with `--feed` and `--trust` for tests that sync from a
 * feed they signed — without them the app trusts no key, as it does out of the box — and a
 * catalogue of the test's own imported first with `catalogue import` for tests that need other
 * organisations than the bundled ones). The address is read from what the server prints; the server is stopped
 * and the folder removed afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface RunningApp {
  url: string;
  dataDir: string;
  dbPath: string;
  stop: () => Promise<void>;
}

export interface AppOptions {
  feed?: { url: string; publicPem: string };
  /** A catalogue source (as `catalogue import` reads it) to search instead of the bundled one. */
  source?: unknown;
  /** `serve --check-every`: a duration such as 1m for automatic checks (default off). */
  checkEvery?: string;
}

function waitForAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`web mode did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /https?:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited with ${String(code)} before it listened:\n${output}`));
    });
  });
}

export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'catalogue-e2e-'));
  const dbPath = join(dataDir, 'catalogue.sqlite');
  if (options.source !== undefined) {
    const sourceFile = join(dataDir, 'source.json');
    writeFileSync(sourceFile, JSON.stringify(options.source));
    const imported = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/catalogue.js'), 'import', sourceFile, '--db', dbPath],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (imported.status !== 0) {
      throw new Error(`catalogue import failed: ${imported.stderr}${imported.stdout}`);
    }
  }
  // Automatic checks are off unless a test asks for them: a check 5 s after start would
  // otherwise apply a test's feed before the user in the test presses Sync now.
  const args = [
    join(ROOT, 'bin/catalogue.js'),
    'serve',
    '--port',
    '0',
    '--db',
    dbPath,
    '--check-every',
    options.checkEvery ?? 'off',
  ];
  if (options.feed !== undefined) {
    const trustFile = join(dataDir, 'trusted.pem');
    writeFileSync(trustFile, options.feed.publicPem);
    args.push('--feed', options.feed.url, '--trust', trustFile);
  }
  // The app trusts exactly the key a test passes (none by default), whatever the shell says.
  const { CATALOGUE_DEV_TRUST: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, METACLUSTER_DB: dbPath, BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForAddress(child);
  return {
    url,
    dataDir,
    dbPath,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<boolean>((r) =>
          child.once('exit', () => {
            r(true);
          }),
        );
        child.kill('SIGTERM');
        const stopped = await Promise.race([
          exited,
          new Promise<boolean>((r) =>
            setTimeout(() => {
              r(false);
            }, 5_000),
          ),
        ]);
        if (!stopped) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
