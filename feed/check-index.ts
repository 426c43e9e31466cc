/**
 * The checks of a signed feed index, in their documented order (docs/feed.md): signature by a
 * trusted key, channel, version (never back), expiry. Each refusal has its own code.
 */
import type { KeyObject } from 'node:crypto';
import { FeedError } from './errors';
import { DEFAULT_CHANNEL, type FeedMetadata } from './format';
import { trustMap } from './keys';
import { parseMetadata, verifiedBytes } from './sign';

export interface IndexCheckOptions {
  /** Public keys trusted to sign the index (PEM text or KeyObjects); one valid signature suffices. */
  trust: readonly (string | KeyObject)[];
  /** The channel this app follows (default "stable"). */
  channel?: string;
  /** The clock used for the expiry check (tests). */
  now?: () => Date;
}

/** Signature → channel → version → expiry, each with its code. Returns the metadata. */
export function checkIndex(
  indexBytes: Buffer,
  localVersion: number,
  options: IndexCheckOptions,
): FeedMetadata {
  let trusted;
  try {
    trusted = trustMap(options.trust);
  } catch (error) {
    throw new FeedError('BAD_SIGNATURE', `A trusted key is unusable: ${(error as Error).message}`);
  }
  const metadata = parseMetadata(verifiedBytes(indexBytes, trusted));
  const channel = options.channel ?? DEFAULT_CHANNEL;
  if (metadata.channel !== channel) {
    throw new FeedError(
      'WRONG_CHANNEL',
      `The feed publishes channel "${metadata.channel}", this app follows "${channel}".`,
    );
  }
  if (metadata.version < localVersion) {
    throw new FeedError(
      'ROLLBACK',
      `The feed offers version ${metadata.version}, older than the installed version ${localVersion}.`,
    );
  }
  // Checked even when the version equals ours: a host stuck serving an old index (a freeze
  // attack) must show up as EXPIRED, not as "up to date" forever.
  const now = (options.now ?? (() => new Date()))();
  if (Date.parse(metadata.expires) <= now.getTime()) {
    throw new FeedError(
      'EXPIRED',
      `The feed index (version ${metadata.version}) expired on ${metadata.expires}.`,
    );
  }
  return metadata;
}
