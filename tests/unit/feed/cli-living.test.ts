/**
 * The command line of a living catalogue (#13): `catalogue changes` in the documented JSON
 * shape, `catalogue share` and a colleague's `catalogue sync --feed DIR` giving the same
 * `catalogue info --json` version and hash, a tampered byte refused, the bundled catalogue not
 * shareable, `catalogue info` saying the update state, and `serve --check-every` checked.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { bundledDb, devPublicPem, publish, tempDir } from './helpers';
import { syntheticCatalogue } from './synthetic';

let dir: ReturnType<typeof tempDir>;
let trust: string;
const run = (...argv: string[]) => runCli(argv);
const feed = () => join(dir.path, 'feed');
const holder = () => join(dir.path, 'holder.sqlite');

interface Info {
  catalogue: { version: number; sha256: string } | null;
  updates: { state: string };
}
const info = async (db: string) =>
  JSON.parse((await run('info', '--db', db, '--json')).out) as Info;

beforeAll(async () => {
  dir = tempDir('cli-living-');
  trust = join(dir.path, 'trusted.pem');
  writeFileSync(trust, devPublicPem());
  bundledDb(holder()).close();
  await publish(feed(), syntheticCatalogue(30, { clusters: 2 }));
  expect((await run('sync', '--feed', feed(), '--trust', trust, '--db', holder())).code).toBe(0);
  const v2 = syntheticCatalogue(31, { revision: 1, changeEvery: 7, clusters: 2 });
  v2.organisations = v2.organisations.filter((o) => o.id !== 'org-29');
  await publish(feed(), v2);
  expect((await run('sync', '--feed', feed(), '--trust', trust, '--db', holder())).code).toBe(0);
});
afterAll(() => {
  dir.remove();
});

describe('catalogue changes', () => {
  it('prints each sync’s change set as the documented JSON, newest first', async () => {
    const result = await run('changes', '--db', holder(), '--json');
    expect(result.code).toBe(0);
    const sets = JSON.parse(result.out) as Record<string, unknown>[];
    expect(sets.map((s) => Object.keys(s))).toEqual([
      ['from_version', 'version', 'applied_at', 'added', 'changed', 'removed', 'events'],
      ['from_version', 'version', 'applied_at', 'added', 'changed', 'removed', 'events'],
    ]);
    const [latest] = sets;
    expect(latest).toMatchObject({
      from_version: 1,
      version: 2,
      applied_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
      added: [{ id: 'org-30', name: expect.any(String) as string }],
      removed: [{ id: 'org-29', name: expect.any(String) as string }],
      events: { added: [], changed: [], removed: [] },
    });
    const changed = latest?.changed as { id: string; name: string; fields: string[] }[];
    expect(changed.map((c) => c.id)).toEqual(['org-0', 'org-7', 'org-14', 'org-21', 'org-28']);
    for (const c of changed) expect(Object.keys(c)).toEqual(['id', 'name', 'fields']);
    expect(changed[1]).toMatchObject({ fields: ['name'] });

    const since = JSON.parse(
      (await run('changes', '--db', holder(), '--since', '1', '--json')).out,
    ) as unknown[];
    expect(since).toHaveLength(1);
    const text = await run('changes', '--db', holder());
    expect(text.out).toMatch(
      /^Version 1 → 2, applied .*: 1 new, 5 changed, 1 withdrawn organisations/,
    );
    expect(text.out).toMatch(/^ {2}- org-29 {2}/m);
    const bad = await run('changes', '--db', holder(), '--since', 'two', '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out)).toMatchObject({ error: { code: 'INVALID_ARGUMENT' } });
  });
});

describe('catalogue share and a colleague’s sync', () => {
  const stick = () => join(dir.path, 'stick');

  it('gives the colleague the same info version and hash; info says up to date', async () => {
    const shared = await run('share', '--out', stick(), '--db', holder(), '--json');
    expect(shared.code).toBe(0);
    expect(JSON.parse(shared.out)).toMatchObject({
      version: 2,
      files: ['snapshots/2.json', 'feed.json'],
    });
    expect(
      readFileSync(join(stick(), 'feed.json')).equals(readFileSync(join(feed(), 'feed.json'))),
    ).toBe(true);
    const colleague = join(dir.path, 'colleague.sqlite');
    bundledDb(colleague).close();
    const synced = await run(
      'sync',
      '--feed',
      stick(),
      '--trust',
      trust,
      '--db',
      colleague,
      '--json',
    );
    expect(JSON.parse(synced.out)).toMatchObject({
      status: 'updated',
      from_version: 0,
      version: 2,
    });
    const [a, b] = [await info(holder()), await info(colleague)];
    expect(b.catalogue).toMatchObject({ version: 2, sha256: a.catalogue?.sha256 });
    expect(b.updates.state).toBe('up-to-date');
    expect((await run('info', '--db', colleague)).out).toMatch(/^Updates +up to date \(checked /m);
    const search = async (db: string) =>
      JSON.parse(
        (await run('search', 'technika', '--sort', 'name', '--db', db, '--json')).out,
      ) as unknown;
    expect(await search(colleague)).toEqual(await search(holder()));
  });

  it('refuses a tampered byte and changes nothing', async () => {
    const tampered = join(dir.path, 'tampered');
    cpSync(stick(), tampered, { recursive: true });
    const path = join(tampered, 'snapshots', '2.json');
    const bytes = readFileSync(path);
    const at = bytes.indexOf('Technika');
    bytes[at] = 0x74; // "technika"
    writeFileSync(path, bytes);
    const victim = join(dir.path, 'victim.sqlite');
    bundledDb(victim).close();
    const before = await info(victim);
    const result = await run(
      'sync',
      '--feed',
      tampered,
      '--trust',
      trust,
      '--db',
      victim,
      '--json',
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({
      status: 'rejected',
      version: 0,
      error: { code: 'HASH_MISMATCH' },
    });
    const after = await info(victim);
    expect(after.catalogue).toEqual(before.catalogue);
    expect(after.updates.state).toBe('refused');
  });

  it('refuses to share the bundled catalogue in one sentence, writing nothing', async () => {
    const bundled = join(dir.path, 'bundled.sqlite');
    bundledDb(bundled).close();
    const out = join(dir.path, 'nothing');
    const json = await run('share', '--out', out, '--db', bundled, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ error: { code: 'NOTHING_TO_SHARE' } });
    const text = await run('share', '--out', out, '--db', bundled);
    expect(text.err.trim().split('\n')).toHaveLength(1);
    expect(text.err).toMatch(/holds no signed catalogue version to pass on/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('catalogue serve --check-every', () => {
  it.each(['30s', 'often', '0m'])('refuses %s before starting', async (value) => {
    const result = await run('serve', '--check-every', value, '--db', holder(), '--json');
    expect(result.code).toBe(2);
    const { error } = JSON.parse(result.out) as { error: { code: string; message: string } };
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain(`"${value}"`);
  });
});
