// Where the `catalogue` command's prebuilt bundle lives (`npm run build:cli`, built by
// build/cli-bundle.ts), and whether it may run. Plain JavaScript: it runs before any
// TypeScript loader, on every start of the command.
//
// Invariant: the bundle runs only if every source file it was built from is unchanged. The
// manifest records each source's size, modification time and SHA-256 of the exact text that
// was compiled. Size and time equal → unchanged (git's own assumption); either differs → the
// file is read and hashed, so a file that was only touched does not make the bundle stale.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT_DIR = fileURLToPath(new URL('../out/cli/', import.meta.url));
export const MANIFEST_FILE = 'manifest.json';
export const ENTRY_FILE = 'main.js';

/**
 * @typedef {{ size: number, mtimeMs: number, sha256: string }} SourceStamp
 * @typedef {{ schema: 1, entry: string, sources: Record<string, SourceStamp> }} CliManifest
 */

/** @param {Uint8Array | string} bytes */
export function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * @param {unknown} value
 * @returns {value is CliManifest}
 */
function isManifest(value) {
  if (typeof value !== 'object' || value === null) return false;
  const { schema, entry, sources } = /** @type {Record<string, unknown>} */ (value);
  return (
    schema === 1 && typeof entry === 'string' && typeof sources === 'object' && sources !== null
  );
}

/**
 * The bundle's entry file when it exists and was built from the sources as they are now;
 * `undefined` when it is missing, unreadable or stale (the caller then runs the sources).
 * @param {string} [outDir] the bundle folder (tests pass their own)
 * @param {string} [root] the folder the manifest's source paths are relative to
 * @returns {string | undefined}
 */
export function freshCliBundle(outDir = CLI_OUT_DIR, root = ROOT) {
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(`${outDir}/${MANIFEST_FILE}`, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isManifest(parsed)) return undefined;
  const sources = Object.entries(parsed.sources);
  if (sources.length === 0) return undefined;
  for (const [path, stamp] of sources) {
    const file = `${root}/${path}`;
    let stats;
    try {
      stats = statSync(file);
    } catch {
      return undefined;
    }
    if (stats.size === stamp.size && stats.mtimeMs === stamp.mtimeMs) continue;
    if (stats.size !== stamp.size || sha256(readFileSync(file)) !== stamp.sha256) return undefined;
  }
  return `${outDir}/${parsed.entry}`;
}
