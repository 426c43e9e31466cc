#!/usr/bin/env node
// `npm start`: the desktop app on its bundled catalogue. Builds what is missing or stale (the
// renderer with Vite, the bundled catalogue database, the command line's and the shell's
// bundles), then starts Electron.
// Where Electron's runtime is not installed (it cannot be downloaded on every machine), it says
// so in one line and starts web mode instead, printing the address.
//
//   npm start                 desktop app (or web mode without Electron's runtime)
//   npm start -- --web [...]  web mode; further options go to `catalogue serve`
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import { freshCliBundle } from './cli-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

/**
 * Newest modification time (ms) of the files at `paths`, folders included recursively.
 * @param {string[]} paths
 * @returns {number}
 */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    latest = stats.isDirectory()
      ? Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))))
      : Math.max(latest, stats.mtimeMs);
  }
  return latest;
}

/**
 * Runs a build step with node, stopping npm start with its status if it fails.
 * @param {string} label
 * @param {string[]} nodeArgs
 */
function run(label, nodeArgs) {
  process.stdout.write(`${label}…\n`);
  const result = spawnSync(process.execPath, nodeArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`npm start: ${label} failed; see the messages above.\n`);
    process.exit(result.status ?? 1);
  }
}

function ensureRenderer() {
  const index = join(root, 'renderer', 'dist', 'index.html');
  const sources = ['renderer/src', 'renderer/index.html', 'renderer/public', 'vite.config.ts'];
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built < newest(sources.map((p) => join(root, p)))) {
    run('Building the user interface', [require.resolve('vite/bin/vite.js'), 'build']);
  }
}

function ensureCatalogue() {
  const database = join(root, 'dist', 'catalogue.sqlite');
  const script = join(root, 'build', 'build-catalogue.ts');
  const built = existsSync(database) ? statSync(database).mtimeMs : 0;
  // Without it the app still starts (from the bundled source), only more slowly the first time.
  if (existsSync(script) && built < newest([join(root, 'catalogue', 'network.json')])) {
    run('Building the bundled catalogue', [require.resolve('tsx/cli'), script]);
  }
}

/** The `catalogue` command's bundle (web mode runs it), rebuilt when a source changed. */
function ensureCli() {
  if (freshCliBundle() === undefined) {
    run('Building the command line', [
      require.resolve('tsx/cli'),
      join(root, 'build', 'cli-bundle.ts'),
    ]);
  }
}

ensureRenderer();
ensureCatalogue();
ensureCli();
register();

/** @type {{ electronExecutable(): string | undefined, ELECTRON_MISSING: string }} */
const runtime = await import('../electron/runtime.ts');
const webOnly = args[0] === '--web';
const binary = webOnly ? undefined : runtime.electronExecutable();
if (binary !== undefined) {
  /** @type {{ bundleElectron(): Promise<unknown> }} */
  const bundler = await import('../electron/build.ts');
  await bundler.bundleElectron();
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit', env });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on('exit', (code) => {
    process.exitCode = code ?? 1;
  });
} else {
  if (!webOnly) process.stdout.write(`${runtime.ELECTRON_MISSING}\n`);
  const bundle = freshCliBundle();
  /** @type {unknown} */
  const loaded = await import(bundle === undefined ? '../cli/main.ts' : pathToFileURL(bundle).href);
  const cli = /** @type {{ main(argv: readonly string[]): Promise<number> }} */ (loaded);
  process.exitCode = await cli.main(['serve', '--open', ...(webOnly ? args.slice(1) : args)]);
}
