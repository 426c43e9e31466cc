/**
 * First run and upgrades of the packaged app (issue 6, point 4), as an installed app does them.
 * tests/unit/db/app-database.test.ts proves openAppDatabase's rules with the bundle locations
 * passed in; this file proves what those tests cannot: that the real shell (the esbuild bundle
 * out/electron/main.js), started inside the folder layout electron-builder produces
 * (resources/app/ holding the configured `files`, resources/catalogue.sqlite from
 * `extraResources`), finds the catalogue the installer ships, and that a refused database
 * reaches the user as a dialog with its bytes unchanged.
 *
 * Electron's runtime cannot be downloaded here, so the bundle runs under Node with a stand-in
 * `electron` module (written below) that records dialogs and stops once the window loads.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleElectron } from '../../../electron/build';
import { buildCatalogueDatabase, bundledSourcePath } from '../../../db/app-database';
import { readCatalogue, readMeta, replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import type { Db } from '../../../db/sqlite';
import { setNote } from '../../../db/user-data/notes';
import { addToShortlist, createShortlist, shortlistItems } from '../../../db/user-data/shortlists';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The parts of electron-builder.config.mjs that decide what the installed app holds. */
interface BuilderConfig {
  files: string[];
  extraResources: { from: string; to: string }[];
}
let config: BuilderConfig;

interface Layout {
  resources: string;
  app: string;
  main: string;
}

/** `dir/**`, `dir/*.ext`, `file` (electron-builder's `files` syntax, as far as the config uses it). */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped.replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`,
  );
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Copies what electron-builder would pack into the asar: the files `config.files` selects. */
function stageAppFiles(app: string): void {
  const patterns = config.files.filter((p) => !p.startsWith('!'));
  const excluded = config.files
    .filter((p) => p.startsWith('!'))
    .map((p) => globToRegExp(p.slice(1)));
  for (const pattern of patterns) {
    const regexp = globToRegExp(pattern);
    const base = pattern.slice(0, Math.max(0, pattern.search(/\*/))).replace(/\/[^/]*$/, '');
    const candidates = base === '' ? [join(ROOT, pattern)] : walk(join(ROOT, base));
    for (const file of candidates) {
      const rel = relative(ROOT, file).split(sep).join('/');
      if (!existsSync(file) || !regexp.test(rel) || excluded.some((x) => x.test(rel))) continue;
      mkdirSync(dirname(join(app, rel)), { recursive: true });
      copyFileSync(file, join(app, rel));
    }
  }
}

/**
 * The stand-in for `electron`: every name the bundle imports, with app, dialog and
 * BrowserWindow doing what matters here; everything else accepts any call.
 */
function fakeElectron(names: string[]): string {
  const special = new Set(['app', 'dialog', 'BrowserWindow']);
  return `
import { appendFileSync } from 'node:fs';
import { dirname } from 'node:path';
const say = (event) => appendFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(event) + '\\n');
const appPath = process.env.FAKE_ELECTRON_APP_PATH;
// Electron sets this to the folder holding app.asar and the extra resources.
process.resourcesPath = dirname(appPath);
const anything = new Proxy(function () {}, {
  get: (_t, key) => (key === 'then' ? undefined : anything),
  apply: () => anything,
  construct: () => anything,
});
const stub = (own) => new Proxy(own, { get: (t, k) => (k in t ? t[k] : anything) });
export const app = stub({
  isPackaged: true,
  getAppPath: () => appPath,
  getVersion: () => '0.0.0-test',
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  on: () => app,
  quit: () => { say({ event: 'quit' }); process.exit(3); },
});
export const dialog = stub({
  showErrorBox: (title, message) => say({ event: 'error', title, message }),
});
export class BrowserWindow {
  constructor(options) {
    return stub({
      loadURL: (url) => {
        say({ event: 'window', url, devTools: options.webPreferences.devTools });
        setImmediate(() => process.exit(0));
        return Promise.resolve();
      },
    });
  }
}
${names
  .filter((n) => !special.has(n))
  .map((n) => `export const ${n} = anything;`)
  .join('\n')}
`;
}

/** The packaged layout in `dir`: resources/app (the asar's content) and the extra resources. */
async function stagePackagedApp(dir: string): Promise<Layout> {
  const { main } = await bundleElectron();
  const resources = join(dir, 'resources');
  const app = join(resources, 'app');
  stageAppFiles(app);
  // tests/unit/electron/build.test.ts may be rebuilding the same bundle in another worker:
  // copy it, and build again if a copy caught a file half-written (it does not parse).
  const staged = join(app, 'out', 'electron');
  for (let attempt = 0; ; attempt++) {
    const copies = readdirSync(dirname(main)).map((name) => {
      copyFileSync(join(dirname(main), name), join(staged, name));
      return join(staged, name);
    });
    const parse = (f: string) => spawnSync(process.execPath, ['--check', f]).status === 0;
    if (copies.every(parse)) break;
    if (attempt === 3) throw new Error(`the shell bundle in ${dirname(main)} does not parse`);
    await bundleElectron();
  }

  // Production dependencies from the repository, except `electron`, which is the stand-in.
  const modules = join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === 'electron' || name === '.bin') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  const imported = [...readFileSync(main, 'utf8').matchAll(/import \{([^}]*)\} from "electron"/g)]
    .flatMap((m) => (m[1] ?? '').split(','))
    .map((s) => s.trim().split(/\s+as\s+/)[0] ?? '')
    .filter((s) => s !== '');
  mkdirSync(join(modules, 'electron'));
  writeFileSync(
    join(modules, 'electron', 'package.json'),
    JSON.stringify({ name: 'electron', type: 'module', main: 'index.js' }),
  );
  writeFileSync(join(modules, 'electron', 'index.js'), fakeElectron([...new Set(imported)]));
  return { resources, app, main: join(app, 'out', 'electron', 'main.js') };
}

/** Ships `catalogue` as the installer's bundled catalogue (what extraResources copies). */
function shipCatalogue(layout: Layout, source: string): { sha256: string } {
  const entry = config.extraResources.find((e) => e.from === 'dist/catalogue.sqlite');
  expect(entry, 'extraResources ships the bundled catalogue').toBeDefined();
  return buildCatalogueDatabase(source, join(layout.resources, entry?.to ?? ''));
}

interface Run {
  status: number | null;
  events: { event: string; title?: string; message?: string; url?: string; devTools?: boolean }[];
  stderr: string;
}

/** Starts the packaged shell once, as a user with their data under `home`. */
function launch(layout: Layout, home: string, extraEnv: NodeJS.ProcessEnv = {}): Run {
  const report = join(home, `report-${String(Date.now())}-${String(Math.random())}.jsonl`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: join(home, '.local', 'share'),
    FAKE_ELECTRON_REPORT: report,
    FAKE_ELECTRON_APP_PATH: layout.app,
    ...extraEnv,
  };
  delete env.METACLUSTER_DB;
  const run = spawnSync(process.execPath, [layout.main], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const events = existsSync(report)
    ? readFileSync(report, 'utf8')
        .trim()
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Run['events'][number])
    : [];
  return { status: run.status, events, stderr: run.stderr };
}

const userDb = (home: string) =>
  join(home, '.local', 'share', 'metacluster-catalogue', 'catalogue.sqlite');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let dir: string;
let layout: Layout;
let bundledCount: number;

beforeAll(async () => {
  const configUrl = pathToFileURL(join(ROOT, 'electron-builder.config.mjs')).href;
  config = ((await import(configUrl)) as { default: BuilderConfig }).default;
  dir = mkdtempSync(join(tmpdir(), 'mcc-packaged-'));
  layout = await stagePackagedApp(dir);
  bundledCount = (
    JSON.parse(readFileSync(bundledSourcePath(), 'utf8')) as { organisations: unknown[] }
  ).organisations.length;
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function freshHome(name: string): string {
  const home = join(dir, name);
  mkdirSync(home, { recursive: true });
  return home;
}

/** A home whose user database exists before the app's first launch, open for the test to fill. */
function homeWithDatabase(name: string): { home: string; db: Db } {
  const home = freshHome(name);
  mkdirSync(dirname(userDb(home)), { recursive: true });
  return { home, db: openDatabase(userDb(home)) };
}

// The user's data folder is the XDG one on Linux (CI); other systems put it elsewhere.
describe.skipIf(process.platform !== 'linux')('the packaged app', () => {
  // The installer ships the catalogue beside the asar (resources/catalogue.sqlite), where
  // SQLite can open it; these tests run the real main bundle against that layout.
  it('creates the user database from the catalogue the installer ships', () => {
    const home = freshHome('first-run');
    const shipped = shipCatalogue(layout, bundledSourcePath());
    const run = launch(layout, home);
    expect(
      run.events.map((e) => e.event),
      run.stderr,
    ).toEqual(['window']);
    const db = openDatabase(userDb(home), { readonly: true });
    try {
      expect(readMeta(db)).toMatchObject({ source: 'bundled', sha256: shipped.sha256 });
      expect(readCatalogue(db).organisations).toHaveLength(bundledCount);
    } finally {
      db.close();
    }
  });

  it('has no DevTools, even when its environment asks for them', () => {
    shipCatalogue(layout, bundledSourcePath());
    const run = launch(layout, freshHome('devtools'), { METACLUSTER_DEVTOOLS: '1' });
    expect(run.events, run.stderr).toEqual([
      { event: 'window', url: 'app://catalogue/index.html', devTools: false },
    ]);
  });

  it('an update with a newer bundled catalogue refreshes it and keeps shortlists and notes', () => {
    const home = freshHome('update');
    shipCatalogue(layout, bundledSourcePath());
    expect(launch(layout, home).status).toBe(0);
    let db = openDatabase(userDb(home));
    const firstId = readCatalogue(db).organisations[0]?.id ?? '';
    createShortlist(db, 'Fair');
    addToShortlist(db, 'Fair', [firstId]);
    setNote(db, firstId, 'Met at the stand');
    db.close();

    // The next installer ships an edited catalogue.
    const source = JSON.parse(readFileSync(bundledSourcePath(), 'utf8')) as {
      organisations: { name: string }[];
    };
    const first = source.organisations[0];
    if (first) first.name = `${first.name} (renamed)`;
    const nextSource = join(dir, 'next-network.json');
    writeFileSync(nextSource, JSON.stringify(source));
    const next = shipCatalogue(layout, nextSource);
    expect(launch(layout, home).status).toBe(0);

    db = openDatabase(userDb(home), { readonly: true });
    try {
      expect(readMeta(db)).toMatchObject({ source: 'bundled', sha256: next.sha256 });
      expect(readCatalogue(db).organisations[0]?.name).toMatch(/\(renamed\)$/);
      expect(shortlistItems(db, 'Fair').map((i) => i.id)).toEqual([firstId]);
      expect(db.prepare('SELECT text FROM note').pluck().all()).toEqual(['Met at the stand']);
    } finally {
      db.close();
    }
  });

  it('never replaces a catalogue that came from the feed with a bundled one', () => {
    const { home, db: synced } = homeWithDatabase('feed');
    replaceCatalogue(
      synced,
      { organisations: [], events: [] },
      { version: 7, source: 'feed', sha256: 'f'.repeat(64) },
    );
    synced.close();
    shipCatalogue(layout, bundledSourcePath());
    expect(launch(layout, home).status).toBe(0);
    const db = openDatabase(userDb(home), { readonly: true });
    try {
      expect(readMeta(db)).toMatchObject({ version: 7, source: 'feed' });
      expect(readCatalogue(db).organisations).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('refuses a database from a newer app version with a dialog, leaving its bytes as they were', () => {
    const { home, db } = homeWithDatabase('newer');
    createShortlist(db, 'Kept');
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
    const before = { sha: sha(userDb(home)), size: statSync(userDb(home)).size };

    shipCatalogue(layout, bundledSourcePath());
    const run = launch(layout, home);
    expect(run.events.map((e) => e.event)).toEqual(['error', 'quit']);
    expect(run.events[0]?.message).toMatch(
      /newer version of Meta-Cluster Catalogue.*Update the app/,
    );
    expect(run.status).not.toBe(0);
    expect({ sha: sha(userDb(home)), size: statSync(userDb(home)).size }).toEqual(before);
    expect(readdirSync(dirname(userDb(home)))).toEqual(['catalogue.sqlite']);
  });
});
