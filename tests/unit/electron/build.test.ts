/**
 * The shell's bundle: the sandboxed preload requires nothing but electron, and every data file
 * the main process finds relative to its modules (migrations, taxonomy, feed config) resolves
 * to the repository path electron-builder packs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

let out: { main: string; preload: string };

beforeAll(async () => {
  const { bundleElectron } = await import('../../../electron/build');
  out = await bundleElectron();
});

describe('electron bundle', () => {
  it('preload is one CommonJS file that requires only electron, without zod', () => {
    const code = readFileSync(out.preload, 'utf8');
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/ZodError|zod\/v4/);
    expect(code).toContain('exposeInMainWorld');
  });

  it('module-relative paths in main point at the repository’s files', () => {
    const code = readFileSync(out.main, 'utf8');
    const bundleUrl = pathToFileURL(out.main);
    const sources = [...code.matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)].map(
      (m) => new URL(m[1] ?? '', bundleUrl),
    );
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const sourcePaths = sources.map((u) => fileURLToPath(u).replace(/\.js$/, '.ts'));
    expect(sourcePaths).toContain(join(root, 'db', 'migrations', 'index.ts'));
    expect(sourcePaths).toContain(join(root, 'db', 'taxonomy.ts'));
    for (const path of sourcePaths) expect(existsSync(path), path).toBe(true);
    expect(existsSync(join(out.main, '..', 'apply-worker.js'))).toBe(true);
    expect(existsSync(join(out.main, '..', 'index-worker.js'))).toBe(true);
  });
});
