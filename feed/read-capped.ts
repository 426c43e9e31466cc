/**
 * Reads a stream into memory while counting bytes, and stops (destroying the stream) as soon
 * as it passes its cap: an endless or oversized body costs at most `cap` bytes of memory.
 */
import type { Readable } from 'node:stream';
import { sharedBuffer } from '../db/shared-memory';
import { FeedError } from './errors';

export interface ReadLimits {
  /** Most bytes accepted. */
  cap: number;
  /** Name for messages, e.g. "feed.json". */
  what: string;
  onBytes?: (bytes: number) => void;
  /**
   * Whether the bytes are kept in shared memory (a payload the apply worker and the index
   * worker will read): the one copy a read makes anyway lands there, not a second one later.
   */
  shared?: boolean;
}

/** A buffer for `length` bytes read under `limits`. */
export function readBuffer(length: number, limits: Pick<ReadLimits, 'shared'>): Buffer {
  return limits.shared === true ? sharedBuffer(length) : Buffer.alloc(length);
}

export async function readCapped(stream: Readable, limits: ReadLimits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limits.cap) {
      stream.destroy();
      throw tooLarge(limits);
    }
    chunks.push(chunk);
    limits.onBytes?.(total);
  }
  if (limits.shared !== true) return Buffer.concat(chunks, total);
  const bytes = sharedBuffer(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

export function tooLarge(limits: Pick<ReadLimits, 'cap' | 'what'>): FeedError {
  return new FeedError(
    'TOO_LARGE',
    `${limits.what} is larger than the ${formatBytes(limits.cap)} allowed; reading stopped.`,
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} bytes`;
}
