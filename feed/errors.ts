/**
 * Why a sync was refused or failed, as a stable code. The codes are a public contract: the
 * CLI prints them, the API carries them to the UI (which translates by code), tests assert on
 * them. The codes are listed once, in the contract (contract/errors.ts), in the order the checks
 * run in (docs/feed.md).
 */
import type { FeedErrorCode } from '../contract/errors';

/**
 * Codes that mean "the feed host answered, and what it served must not be trusted"
 * (outcome `rejected`); the others mean "could not get an answer" (outcome `failed`).
 */
const REJECTIONS: ReadonlySet<FeedErrorCode> = new Set([
  'TOO_LARGE',
  'BAD_SIGNATURE',
  'WRONG_CHANNEL',
  'ROLLBACK',
  'EXPIRED',
  'HASH_MISMATCH',
  'INVALID_FEED',
]);

export function isRejection(code: FeedErrorCode): boolean {
  return REJECTIONS.has(code);
}

export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}
