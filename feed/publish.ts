/**
 * Publishing a catalogue version into a feed folder: validate the source, compare it with the
 * latest published snapshot, write the new snapshot and deltas from the recent earlier
 * versions, and write the signed feed.json LAST, so a host serving the folder always serves
 * either the old complete feed or the new complete feed.
 */
import type { KeyObject } from 'node:crypto';
import { diffCatalogues, type ChangeSummary } from '../db/catalogue-store';
import { CatalogueError } from '../db/errors';
import { readSource } from '../catalogue-format/read-source';
import { formatProblem } from '../catalogue-format/validate';
import { canonicalSnapshot } from '../catalogue-format/canonical';
import type { Catalogue } from '../catalogue-format/schema';
import { loadTaxonomy } from '../db/taxonomy';
import { parseDuration } from './duration';
import {
  deltaPath,
  readPublishedIndex,
  readSnapshot,
  sha256,
  snapshotPath,
  snapshotVersions,
  writeAtomically,
} from './feed-files';
import {
  channelName,
  DEFAULT_CHANNEL,
  DELTA_SCHEMA,
  FEED_INDEX,
  FEED_SCHEMA,
  MAX_INDEX_BYTES,
  type DeltaRef,
  type FeedMetadata,
} from './format';
import { keyId, readPrivateKeyFile } from './keys';
import { signIndex } from './sign';

/** Deltas from this many earlier versions are offered, so most clients download a delta. */
const KEEP_DELTAS = 5;
export const DEFAULT_EXPIRES_IN = '30d';

export interface PublishOptions {
  source: string;
  /** Path of the private key PEM, or the key itself. */
  key: string | KeyObject;
  out: string;
  channel?: string;
  expiresIn?: string;
  dryRun?: boolean;
  /** Publish a new version even when the source is unchanged (to push the expiry date). */
  renew?: boolean;
  now?: Date;
  onStep?: (step: string, done: number, total: number) => void;
}

export interface PublishResult {
  /** false: nothing was written (unchanged source, or a dry run). */
  written: boolean;
  reason?: 'unchanged' | 'dry-run';
  previousVersion: number;
  version: number;
  channel: string;
  expires: string;
  keyid: string;
  summary: ChangeSummary;
  /** Files written (or that a dry run would write), relative to `out`, feed.json last. */
  files: string[];
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

export async function publishFeed(options: PublishOptions): Promise<PublishResult> {
  const key = typeof options.key === 'string' ? readPrivateKeyFile(options.key) : options.key;
  const expiresInMs = parseDuration(options.expiresIn ?? DEFAULT_EXPIRES_IN);
  const taxonomy = loadTaxonomy();
  const source = await readSource(options.source, taxonomy);
  if (!source.ok) {
    const lines = source.problems.map(formatProblem);
    throw new CatalogueError(
      'INVALID_CATALOGUE',
      `${options.source} has ${lines.length} problem(s); nothing was published:\n  ${lines.join('\n  ')}`,
      source.problems,
    );
  }
  const catalogue = source.catalogue;
  const latest = readPublishedIndex(options.out);
  const channel = options.channel ?? latest?.channel ?? DEFAULT_CHANNEL;
  if (!channelName.safeParse(channel).success) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `"${channel}" is not a channel name (lowercase letters, digits, ".", "_", "-").`,
    );
  }
  if (latest && latest.channel !== channel) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `${options.out} publishes channel "${latest.channel}"; use another folder for channel "${channel}".`,
    );
  }
  const previous: Catalogue = latest
    ? readSnapshot(options.out, latest.version, latest.snapshot.sha256)
    : { organisations: [], events: [] };
  const { summary, changes } = diffCatalogues(previous, catalogue);
  const previousVersion = latest?.version ?? 0;
  const version = previousVersion + 1;
  const now = options.now ?? new Date();
  const issued = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const expires = new Date(issued.getTime() + expiresInMs).toISOString();
  const base = { previousVersion, channel, expires, keyid: keyId(key), summary };
  const unchanged = latest !== undefined && summary.added + summary.changed + summary.removed === 0;
  if (unchanged && !options.renew) {
    return { ...base, written: false, reason: 'unchanged', version: previousVersion, files: [] };
  }

  // Payloads first: the new snapshot, then deltas from the recent earlier versions.
  const files = new Map<string, Buffer>();
  const snapshotFile = snapshotPath(version);
  // Canonical bytes, so an app holding this version can regenerate them to share it
  // (catalogue-format/canonical.ts, feed/share.ts).
  files.set(snapshotFile, canonicalSnapshot(catalogue));
  const bases = snapshotVersions(options.out)
    .filter((v) => v < version)
    .slice(0, KEEP_DELTAS);
  const deltas: DeltaRef[] = [];
  bases.forEach((baseVersion, i) => {
    options.onStep?.('deltas', i, bases.length);
    const from =
      baseVersion === latest?.version
        ? changes
        : diffCatalogues(readSnapshot(options.out, baseVersion), catalogue).changes;
    const bytes = json({ schema: DELTA_SCHEMA, base_version: baseVersion, version, ...from });
    const path = deltaPath(baseVersion, version);
    files.set(path, bytes);
    deltas.push({ base_version: baseVersion, path, length: bytes.length, sha256: sha256(bytes) });
  });
  const snapshotBytes = files.get(snapshotFile) ?? Buffer.alloc(0);
  const metadata: FeedMetadata = {
    schema: FEED_SCHEMA,
    channel,
    version,
    issued: issued.toISOString(),
    expires,
    snapshot: { path: snapshotFile, length: snapshotBytes.length, sha256: sha256(snapshotBytes) },
    deltas,
  };
  const index = Buffer.from(signIndex(Buffer.from(JSON.stringify(metadata, null, 2)), [key]));
  if (index.length > MAX_INDEX_BYTES) {
    throw new Error(
      `The new feed.json would exceed ${MAX_INDEX_BYTES} bytes; clients would refuse it.`,
    );
  }
  files.set(FEED_INDEX, index);
  const written = [...files.keys()];
  if (options.dryRun)
    return { ...base, written: false, reason: 'dry-run', version, files: written };
  written.forEach((path, i) => {
    options.onStep?.('write', i, written.length);
    writeAtomically(options.out, path, files.get(path) ?? Buffer.alloc(0));
  });
  return { ...base, written: true, version, files: written };
}
