/**
 * Bundles the desktop shell with esbuild (`npm run build:electron`, and `npm start` when the
 * bundle is stale): out/electron/main.js (ESM), out/electron/preload.cjs (the sandboxed preload
 * must be one CommonJS file), out/electron/apply-worker.js (the feed's apply worker) and
 * out/electron/index-worker.js (builds a large catalogue's search index beside the import).
 * npm packages stay external: node_modules ships beside the bundle (better-sqlite3 is native).
 *
 * Modules find their data files relative to `import.meta.url` (migrations, taxonomy, feed
 * config, the built renderer). So that those paths keep pointing at the repository's files —
 * which electron-builder packs at the same paths — each module's `import.meta.url` is rewritten
 * to the URL its source file would have as a .js file. feed/apply.ts and
 * db/search/parallel-index.ts are the exceptions: they find their workers beside the running
 * bundle, where they are built.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = join(ROOT, 'out', 'electron');

const KEEP_BUNDLE_URL = new Set([
  join(ROOT, 'feed', 'apply.ts'),
  join(ROOT, 'db', 'search', 'parallel-index.ts'),
]);

function sourceUrlPlugin(): Plugin {
  return {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const contents = await readFile(args.path, 'utf8');
        if (args.path.includes(`${sep}node_modules${sep}`) || KEEP_BUNDLE_URL.has(args.path)) {
          return { contents, loader: 'ts' };
        }
        const asJs = args.path.replace(/\.ts$/, '.js');
        const fromBundle = relative(OUT_DIR, asJs).split(sep).join('/');
        const expression = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return { contents: contents.replaceAll('import.meta.url', expression), loader: 'ts' };
      });
    },
  };
}

/** Builds the four bundles; returns the paths of the main one and the preload. */
export async function bundleElectron(): Promise<{ main: string; preload: string }> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node22',
    packages: 'external' as const,
    external: ['electron'],
    sourcemap: false,
    logLevel: 'warning' as const,
    plugins: [sourceUrlPlugin()],
  };
  const main = join(OUT_DIR, 'main.js');
  const preload = join(OUT_DIR, 'preload.cjs');
  await Promise.all([
    build({
      ...common,
      format: 'esm',
      entryPoints: [join(ROOT, 'electron', 'main.ts')],
      outfile: main,
    }),
    build({
      ...common,
      format: 'esm',
      entryPoints: [join(ROOT, 'feed', 'apply-worker.ts')],
      outfile: join(OUT_DIR, 'apply-worker.js'),
    }),
    build({
      ...common,
      format: 'esm',
      entryPoints: [join(ROOT, 'db', 'search', 'index-worker.ts')],
      outfile: join(OUT_DIR, 'index-worker.js'),
    }),
    // The preload runs sandboxed: only `electron` may be required, everything else is inlined.
    build({
      ...common,
      packages: undefined,
      format: 'cjs',
      platform: 'browser',
      entryPoints: [join(ROOT, 'electron', 'preload.ts')],
      outfile: preload,
    }),
  ]);
  return { main, preload };
}

/** Run as a script: `tsx electron/build.ts`. */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { main, preload } = await bundleElectron();
  process.stdout.write(
    `Built ${relative(ROOT, main)} and ${relative(ROOT, preload)} in ${relative(ROOT, dirname(main))}/.\n`,
  );
}
