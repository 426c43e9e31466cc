/**
 * The built renderer's files, one rule for both hosts: web mode over HTTP and the desktop
 * shell's app:// protocol find the same file, with the same type, for the same path.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaticFile, staticFilePath } from '../../../server/static-files';

let dir: string;
let root: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcc-static-'));
  root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app-1.js'), '1');
  writeFileSync(join(root, 'assets', 'font-1.woff'), 'w');
  writeFileSync(join(root, 'assets', 'app-1.js.map'), '{}');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('which file a path names', () => {
  it('is the app’s page for "/" and for every client-side route', () => {
    for (const path of ['/', '/profile/at-auto', '/shortlists', '/assets']) {
      expect(findStaticFile(root, path)?.path, path).toBe(join(root, 'index.html'));
    }
  });

  it('is never outside the built folder, whatever the encoding', () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2E%2E/%2E%2E/secret.txt',
      '/%E0%A4%A.js',
    ]) {
      expect(staticFilePath(root, path), path).toBeUndefined();
      expect(findStaticFile(root, path), path).toBeUndefined();
    }
  });

  it('is not found when a named asset is missing', () => {
    expect(findStaticFile(root, '/assets/missing.js')).toBeUndefined();
  });
});

describe('what is served', () => {
  it('carries its MIME type, and hashed assets may be cached for ever', () => {
    expect(findStaticFile(root, '/')).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      immutable: false,
    });
    expect(findStaticFile(root, '/assets/app-1.js')).toMatchObject({
      contentType: 'text/javascript; charset=utf-8',
      immutable: true,
      size: 1,
    });
    // Types the app:// protocol used to send as application/octet-stream.
    expect(findStaticFile(root, '/assets/font-1.woff')?.contentType).toBe('font/woff');
    expect(findStaticFile(root, '/assets/app-1.js.map')?.contentType).toBe(
      'application/json; charset=utf-8',
    );
  });
});
