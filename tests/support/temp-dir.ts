/** A fresh temporary folder for each test, removed after it, whatever the test left there. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Call at the top of a test file: the returned function gives the running test's folder
 * (named `prefix` and a random suffix, in the system's temporary folder).
 */
export function useTempDir(prefix: string): () => string {
  let dir: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (dir === undefined) throw new Error('The temporary folder exists only while a test runs.');
    return dir;
  };
}
