/**
 * Downloading the one payload a sync needs (a delta or the snapshot), never past the length the
 * signed index gives, and refusing it unless its length and sha256 are the signed ones.
 */
import { createHash } from 'node:crypto';
import { FeedError } from './errors';
import { fetchFile } from './fetch';
import type { FileRef } from './format';
import { payloadLocation, type FeedLocation } from './location';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface DownloadOptions {
  signal: AbortSignal;
  /** The largest payload accepted, whatever the index announces (TOO_LARGE past it). */
  cap: number;
  /** Called with the bytes received so far: 0 once the download starts, then as they come. */
  onBytes: (bytes: number) => void;
}

/** The payload `ref` of the feed whose index was read from `indexUrl`. */
export async function downloadPayload(
  location: FeedLocation,
  indexUrl: URL | undefined,
  ref: FileRef,
  { signal, cap, onBytes }: DownloadOptions,
): Promise<Buffer> {
  if (ref.length > cap) {
    throw new FeedError(
      'TOO_LARGE',
      `${ref.path} is announced as ${ref.length} bytes, more than the ${cap} allowed.`,
    );
  }
  onBytes(0);
  // Never read past the signed length: the signed index bounds every download.
  const result = await fetchFile(payloadLocation(location, indexUrl, ref.path), {
    cap: ref.length,
    what: ref.path,
    // Handed to the apply worker, which shares it with the index worker.
    shared: true,
    signal,
    onBytes,
  });
  if (result.status !== 'ok') {
    throw new FeedError('NETWORK', `${ref.path}: unexpected 304 answer.`);
  }
  if (result.bytes.length !== ref.length) {
    throw new FeedError(
      'HASH_MISMATCH',
      `${ref.path} has ${result.bytes.length} bytes, the signed index says ${ref.length}.`,
    );
  }
  if (sha256(result.bytes) !== ref.sha256) {
    throw new FeedError(
      'HASH_MISMATCH',
      `${ref.path} does not match the sha256 in the signed index.`,
    );
  }
  return result.bytes;
}
