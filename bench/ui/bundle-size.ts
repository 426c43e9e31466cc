/** The renderer bundle's size, raw and gzip (level 9), as `vite build` writes it. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('../..', import.meta.url).pathname;

export function bundleGzipBytes(): { raw: number; gzip: number } {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const dist = join(ROOT, 'renderer/dist');
  const files = [
    join(dist, 'index.html'),
    ...readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f)),
  ];
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}
