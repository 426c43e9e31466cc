/**
 * The real desktop app, launched with Playwright's Electron driver on its own data folder.
 * Runs wherever Electron's runtime is installed; on machines where it cannot be downloaded it
 * skips with one line saying so (the shell's decisions are unit-tested there, and the UI runs
 * in Chromium through web mode).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { API_METHOD_NAMES } from '../../contract/method-names';
const ROOT = resolve(import.meta.dirname, '../..');

/** Electron's executable if its runtime is installed (as electron/runtime.ts finds it, no download). */
function electronExecutable(): string | undefined {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), relative);
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}
const executable = electronExecutable();
const require = createRequire(import.meta.url);

test.skip(executable === undefined, 'no Electron runtime here: its binary cannot be downloaded');

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  // The shell runs bundled, as npm start and the installers run it.
  execFileSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'electron/build.ts')], {
    cwd: ROOT,
  });
  dataDir = mkdtempSync(join(tmpdir(), 'catalogue-electron-'));
  app = await electron.launch({
    executablePath: executable,
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, METACLUSTER_DB: join(dataDir, 'catalogue.sqlite') },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('loads the UI from the app’s own origin and searches the bundled catalogue', async () => {
  expect(page.url()).toBe('app://catalogue/index.html');
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill('piestany');
  await expect(page.locator('section.results[data-pending="false"]')).toContainText(/Pie[sš]/i);
});

test('the page has no Node and sees one frozen API object: the contract’s methods and subscribe', async () => {
  const seen = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    frozen: Object.isFrozen((globalThis as { catalogue?: object }).catalogue),
    keys: Object.keys((globalThis as { catalogue?: object }).catalogue ?? {}).sort(),
  }));
  expect(seen).toEqual({
    require: 'undefined',
    process: 'undefined',
    frozen: true,
    keys: [...API_METHOD_NAMES, 'subscribe'].sort(),
  });
});

test('no new windows and no navigation away', async () => {
  const denied = await page.evaluate(() => globalThis.open('https://example.org/') === null);
  expect(denied).toBe(true);
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => {
    globalThis.location.href = 'https://example.org/';
  });
  await expect.poll(() => page.url()).toBe('app://catalogue/index.html');
});

test('the API refuses bad arguments with a stable code', async () => {
  const code = await page.evaluate(async () => {
    const api = (globalThis as { catalogue?: { profile(a: unknown): Promise<unknown> } }).catalogue;
    try {
      await api?.profile({ id: 42 });
      return 'accepted';
    } catch (error) {
      return (error as Error).message.slice(0, 18);
    }
  });
  expect(code).toBe('[INVALID_ARGUMENT]');
});
