/**
 * The `catalogue` command's prebuilt bundle: it works like the sources (a database command, a
 * lazily loaded command, help listing every command), and it is used only while every source
 * it was built from is unchanged — an edited, grown or deleted source makes it stale, a file
 * only touched does not.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ENTRY_FILE,
  freshCliBundle,
  MANIFEST_FILE,
  ROOT,
  sha256,
  type CliManifest,
} from '../../../bin/cli-bundle';
import { bundleCli } from '../../../build/cli-bundle';

const dir = mkdtempSync(join(tmpdir(), 'mcc-cli-bundle-'));
// Inside the repository (out/ is ignored), so the bundle finds node_modules like out/cli does.
const outDir = join(ROOT, 'out', `cli-test-${String(process.pid)}`);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

function runBundle(entry: string, args: string[]) {
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)});
process.exitCode = await main(${JSON.stringify(args)});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: dir,
  });
}

describe('the built command line', () => {
  it('runs commands from the bundle, finding its data files from any working folder', async () => {
    const entry = await bundleCli(outDir);
    expect(entry).toBe(join(outDir, ENTRY_FILE));
    expect(freshCliBundle(outDir)).toBe(`${outDir}/${ENTRY_FILE}`);

    const info = runBundle(entry, ['info', '--json', '--db', join(dir, 'catalogue.sqlite')]);
    expect(info.stderr).toBe('');
    expect(info.status).toBe(0);
    const parsed = JSON.parse(info.stdout) as { counts: { organisations: number } };
    expect(parsed.counts.organisations).toBeGreaterThan(0);

    const help = runBundle(entry, ['--help']);
    expect(help.status).toBe(0);
    for (const command of ['search', 'export', 'publish', 'sync', 'serve']) {
      expect(help.stdout).toContain(command);
    }
  });
});

describe('freshness of the bundle', () => {
  const root = join(dir, 'src');
  const bundleDir = join(dir, 'bundle');
  const source = join(root, 'a.ts');

  function build(text: string): void {
    rmSync(root, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
    for (const folder of [root, bundleDir]) mkdirSync(folder, { recursive: true });
    writeFileSync(source, text);
    const { size, mtimeMs } = statSync(source);
    const manifest: CliManifest = {
      schema: 1,
      entry: ENTRY_FILE,
      sources: { 'a.ts': { size, mtimeMs, sha256: sha256(text) } },
    };
    writeFileSync(join(bundleDir, MANIFEST_FILE), JSON.stringify(manifest));
  }

  it('is used while its sources are unchanged, even when a source was only touched', () => {
    build('export const a = 1;\n');
    expect(freshCliBundle(bundleDir, root)).toBe(`${bundleDir}/${ENTRY_FILE}`);
    utimesSync(source, new Date(), new Date(Date.now() + 5000));
    expect(freshCliBundle(bundleDir, root)).toBe(`${bundleDir}/${ENTRY_FILE}`);
  });

  it('is stale when a source was edited, even to the same length and time', () => {
    build('export const a = 1;\n');
    const { atime, mtime } = statSync(source);
    writeFileSync(source, 'export const a = 2;\n');
    expect(freshCliBundle(bundleDir, root)).toBeUndefined();
    // Same size and a different time: the content decides.
    utimesSync(source, atime, new Date(mtime.getTime() + 1000));
    expect(freshCliBundle(bundleDir, root)).toBeUndefined();
  });

  it('is stale when a source grew or disappeared, and absent without a manifest', () => {
    build('export const a = 1;\n');
    writeFileSync(source, 'export const a = 12;\n');
    expect(freshCliBundle(bundleDir, root)).toBeUndefined();
    build('export const a = 1;\n');
    rmSync(source);
    expect(freshCliBundle(bundleDir, root)).toBeUndefined();
    build('export const a = 1;\n');
    rmSync(join(bundleDir, MANIFEST_FILE));
    expect(freshCliBundle(bundleDir, root)).toBeUndefined();
    writeFileSync(join(bundleDir, MANIFEST_FILE), '{"schema":1,"entry":"main.js"');
    expect(freshCliBundle(bundleDir, root)).toBeUndefined();
  });
});
