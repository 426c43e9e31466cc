/**
 * The administrator's and the script's view: `catalogue keygen`, `publish` and `sync` run
 * through the real command line (in process), with their output and exit statuses.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { openAppCore } from '../../../core/app-core';
import { CATALOGUE_SCHEMA } from '../../../catalogue-format/schema';
import { bundledDb, devPublicPem, publish, tempDir, writeSource } from '../feed/helpers';
import { syntheticCatalogue } from '../feed/synthetic';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir('feed-cli-');
});
afterAll(() => {
  dir.remove();
});

const run = (...argv: string[]) => runCli(argv);

describe('catalogue keygen, publish and sync', () => {
  const keys = () => join(dir.path, 'keys');
  const feed = () => join(dir.path, 'site');
  const db = () => join(dir.path, 'app.sqlite');

  it('keygen writes an owner-only private key and a public key, and never overwrites them', async () => {
    const first = await run('keygen', '--out', keys(), '--json');
    expect(first.code).toBe(0);
    const { keyid } = JSON.parse(first.out) as { keyid: string };
    expect(keyid).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(join(keys(), 'private.pem')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(keys(), 'public.pem'), 'utf8')).toMatch(/BEGIN PUBLIC KEY/);
    const before = readFileSync(join(keys(), 'private.pem'));
    const again = await run('keygen', '--out', keys());
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exist/);
    expect(readFileSync(join(keys(), 'private.pem')).equals(before)).toBe(true);
  });

  it('publish refuses a broken source, listing every problem, and writes nothing', async () => {
    const source = join(dir.path, 'broken.json');
    const catalogue = syntheticCatalogue(5);
    const organisations = catalogue.organisations.map((o, i) =>
      i === 1 ? { ...o, sectors: ['nope'] } : i === 3 ? { ...o, member_of: ['ghost'] } : o,
    );
    writeFileSync(
      source,
      JSON.stringify({ schema: CATALOGUE_SCHEMA, ...catalogue, organisations }),
    );
    const result = await run(
      'publish',
      '--source',
      source,
      '--key',
      join(keys(), 'private.pem'),
      '--out',
      feed(),
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/2 problem/);
    expect(result.err).toMatch(/nope/);
    expect(result.err).toMatch(/ghost/);
    expect(existsSync(feed())).toBe(false);
  });

  it('publish --dry-run prints the changes per kind and writes nothing; then publishes; unchanged writes nothing', async () => {
    const source = writeSource(dir.path, syntheticCatalogue(30));
    const key = join(keys(), 'private.pem');
    const publish = (...options: string[]) =>
      run('publish', '--source', source, '--key', key, '--out', feed(), ...options);
    const dry = await publish('--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/organisations: 30 added, 0 changed, 0 removed/);
    expect(dry.out).toMatch(/Dry run/);
    expect(existsSync(feed())).toBe(false);

    const real = await publish('--expires-in', '12h');
    expect(real.code).toBe(0);
    expect(real.out).toMatch(/Published version 1/);
    expect(readdirSync(feed()).sort()).toEqual(['feed.json', 'snapshots']);

    const index = readFileSync(join(feed(), 'feed.json'));
    const same = await publish();
    expect(same.out).toMatch(/Unchanged/);
    expect(readFileSync(join(feed(), 'feed.json')).equals(index)).toBe(true);

    const bad = await publish('--expires-in', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--expires-in: "soon" is not a duration/);
  });

  it('sync --json prints one object; exit 0 when updated or up to date, 1 when refused', async () => {
    const trust = join(keys(), 'public.pem');
    const refused = await run(
      'sync',
      ...['--feed', feed(), '--db', db(), '--json', '--trust', devPublicKeyFile()],
    );
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toMatchObject({
      status: 'rejected',
      error: { code: 'BAD_SIGNATURE' },
    });

    const updated = await run('sync', '--feed', feed(), '--db', db(), '--trust', trust, '--json');
    expect(updated.code).toBe(0);
    const outcome = JSON.parse(updated.out) as Record<string, unknown>;
    expect(Object.keys(outcome)).toEqual(['status', 'from_version', 'version', 'changes']);
    expect(outcome).toMatchObject({
      status: 'updated',
      from_version: 0,
      version: 1,
      changes: { added: 31 }, // replaces the bundled catalogue: 30 organisations + 1 event
    });

    const again = await run('sync', '--feed', feed(), '--db', db(), '--trust', trust);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Up to date \(version 1\)/);
    expect(again.err).toBe('');

    const info = await run('info', '--db', db());
    expect(info.out).toMatch(/Last success/);
  });

  it('sync with no trusted key fetches nothing and says what to do', async () => {
    const previous = process.env.CATALOGUE_DEV_TRUST;
    delete process.env.CATALOGUE_DEV_TRUST;
    try {
      const text = await run('sync', '--feed', feed(), '--db', db());
      expect(text.code).toBe(1);
      expect(text.out.split('\n')[0]).toMatch(
        /^Failed \[NO_TRUSTED_KEY\]: This app trusts no signing key, .* Pass the network's public key with --trust KEY\.pem .*CATALOGUE_DEV_TRUST=1 .*\. The catalogue stays at version 1\.$/,
      );
      const json = await run('sync', '--feed', feed(), '--db', db(), '--json');
      expect(JSON.parse(json.out)).toMatchObject({
        status: 'failed',
        error: { code: 'NO_TRUSTED_KEY' },
      });
    } finally {
      if (previous !== undefined) process.env.CATALOGUE_DEV_TRUST = previous;
    }
  });

  it('trusts the development keys when CATALOGUE_DEV_TRUST=1, and warns that it does', async () => {
    const devFeed = join(dir.path, 'dev-site');
    await publish(devFeed, syntheticCatalogue(12)); // signed with the development key
    const previous = process.env.CATALOGUE_DEV_TRUST;
    process.env.CATALOGUE_DEV_TRUST = '1';
    try {
      const result = await run('sync', '--feed', devFeed, '--db', join(dir.path, 'dev.sqlite'));
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/^Updated from version 0 to 1/);
      expect(result.err).toMatch(/^catalogue: warning: trusting the development keys/);
    } finally {
      if (previous === undefined) delete process.env.CATALOGUE_DEV_TRUST;
      else process.env.CATALOGUE_DEV_TRUST = previous;
    }
  });
});

describe('catalogue sync follows the app', () => {
  it('syncs from the feed address set in the app, and --feed only for one run', async () => {
    const appFeed = join(dir.path, 'app-feed');
    const otherFeed = join(dir.path, 'other-feed');
    await publish(appFeed, syntheticCatalogue(8));
    await publish(otherFeed, syntheticCatalogue(9));
    const db = join(dir.path, 'follows.sqlite');
    bundledDb(db).close();
    // The user chose a folder feed in the app's settings (a USB stick at a fair).
    const core = openAppCore({ mode: 'desktop', dbPath: db });
    await core.call('setSettings', { feedUrl: appFeed });
    core.close();
    const trust = devPublicKeyFile();

    const once = await run('sync', '--db', db, '--trust', trust, '--feed', otherFeed, '--json');
    expect(JSON.parse(once.out)).toMatchObject({ status: 'updated', version: 1 });
    const info = JSON.parse((await run('info', '--db', db, '--json')).out) as {
      lastSync: { feed: string };
      counts: { organisations: number };
    };
    expect(info.lastSync.feed).toContain(otherFeed);
    expect(info.counts.organisations).toBe(9);

    // Without --feed: the app's own address, not the built-in one (which a stick never is).
    const followed = await run('sync', '--db', db, '--trust', trust, '--json');
    expect(JSON.parse(followed.out)).toMatchObject({ status: 'up-to-date', version: 1 });
    const after = JSON.parse((await run('info', '--db', db, '--json')).out) as {
      lastSync: { feed: string };
    };
    expect(after.lastSync.feed).toContain(appFeed);
  });
});

/** The public development key as a file, for --trust. */
function devPublicKeyFile(): string {
  const path = join(dir.path, 'dev-active.pub.pem');
  writeFileSync(path, devPublicPem());
  return path;
}
