/**
 * Bundles the `catalogue` command with esbuild (`npm run build:cli`; `npm start`, `npm run
 * build` and `npm run bench -- ui` run it too) into out/cli/: main.js, one chunk per command
 * (cli/main.ts imports a command only when it runs, so `catalogue serve` never loads the
 * exporters' or the feed publisher's modules), apply-worker.js for `catalogue sync` and
 * index-worker.js, which builds a large catalogue's search index beside the import.
 * bin/catalogue.js runs the bundle instead of compiling the TypeScript sources with tsx on
 * every start (≈ 1.5 s → ≈ 0.3 s to a working command), but only while bin/cli-bundle.js
 * finds it fresh: the manifest written here stamps every source file compiled into it.
 *
 * npm packages stay external (node_modules is beside it; better-sqlite3 is native). Modules
 * find their data files relative to `import.meta.url` (migrations, taxonomy, feed config, the
 * built renderer), so each module's `import.meta.url` is rewritten to the URL its source file
 * would have as a .js file — as electron/build.ts does for the desktop bundle. feed/apply.ts
 * and db/search/parallel-index.ts keep the bundle's own URL: they start their workers from
 * beside the running bundle.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import {
  CLI_OUT_DIR,
  ENTRY_FILE,
  MANIFEST_FILE,
  ROOT,
  sha256,
  type CliManifest,
  type SourceStamp,
} from '../bin/cli-bundle';

const KEEP_BUNDLE_URL = new Set([
  join(ROOT, 'feed', 'apply.ts'),
  join(ROOT, 'db', 'search', 'parallel-index.ts'),
]);

/** A repository-relative path with forward slashes (the manifest's keys). */
function sourceKey(path: string): string {
  return relative(ROOT, isAbsolute(path) ? path : join(ROOT, path))
    .split(sep)
    .join('/');
}

/** Stat first, then read: a file edited in between gets a stale stamp, never a wrong one. */
function stamp(path: string): { stamp: SourceStamp; contents: Buffer } {
  const { size, mtimeMs } = statSync(path);
  const contents = readFileSync(path);
  return { stamp: { size, mtimeMs, sha256: sha256(contents) }, contents };
}

function sourcePlugin(stamps: Map<string, SourceStamp>, outDir: string): Plugin {
  return {
    name: 'catalogue-cli-sources',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const read = stamp(args.path);
        stamps.set(sourceKey(args.path), read.stamp);
        const text = read.contents.toString('utf8');
        if (KEEP_BUNDLE_URL.has(args.path)) return { contents: text, loader: 'ts' };
        // Chunks sit directly in out/cli/, so one relative path serves every chunk.
        const asJs = args.path.replace(/\.ts$/, '.js');
        const fromBundle = relative(outDir, asJs).split(sep).join('/');
        const expression = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', expression), loader: 'ts' };
      });
    },
  };
}

/**
 * Builds the bundle into a fresh folder and then swaps it in, so a command starting meanwhile
 * sees the old complete bundle or the new one, and a failed build leaves no bundle that looks
 * fresh. Returns the entry file's path.
 */
export async function bundleCli(outDir = CLI_OUT_DIR): Promise<string> {
  const staging = `${outDir.replace(/[/\\]+$/, '')}.tmp-${randomBytes(6).toString('hex')}`;
  const stamps = new Map<string, SourceStamp>();
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: [
        { in: join(ROOT, 'cli', 'main.ts'), out: 'main' },
        { in: join(ROOT, 'feed', 'apply-worker.ts'), out: 'apply-worker' },
        { in: join(ROOT, 'db', 'search', 'index-worker.ts'), out: 'index-worker' },
      ],
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: false,
      metafile: true,
      logLevel: 'warning',
      plugins: [sourcePlugin(stamps, outDir)],
    });
    // Anything compiled in that the plugin did not load itself (JSON, say) is stamped too.
    for (const input of Object.keys(result.metafile.inputs)) {
      const key = sourceKey(input);
      if (!key.startsWith('node_modules/') && !stamps.has(key)) {
        stamps.set(key, stamp(join(ROOT, key)).stamp);
      }
    }
    // The build's own options are part of what the bundle is.
    const self = join(ROOT, 'build', 'cli-bundle.ts');
    stamps.set(sourceKey(self), stamp(self).stamp);
    const manifest: CliManifest = {
      schema: 1,
      entry: ENTRY_FILE,
      sources: Object.fromEntries([...stamps].sort(([a], [b]) => a.localeCompare(b))),
    };
    writeFileSync(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    mkdirSync(join(outDir, '..'), { recursive: true });
    rmSync(outDir, { recursive: true, force: true });
    renameSync(staging, outDir);
    return join(outDir, ENTRY_FILE);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Run as a script: `tsx build/cli-bundle.ts`. */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entry = await bundleCli();
  process.stdout.write(`Built ${relative(ROOT, entry)}.\n`);
}
