/**
 * Why a sync was refused or failed, as a stable code. The codes are a public contract: the
 * CLI prints them, the API carries them to the UI (which translates by code), tests assert on
 * them. The codes are listed once, in the contract (contract/errors.ts), in the order the checks
 * run in (docs/feed.md).
 */
import { FEED_REJECTION_CODES, type FeedErrorCode } from '../contract/errors';

/**
 * Codes that mean "the feed host answered, and what it served must not be trusted"
 * (outcome `rejected`); the others mean "could not get an answer" (outcome `failed`).
 */
const REJECTIONS: ReadonlySet<FeedErrorCode> = new Set(FEED_REJECTION_CODES);

export function isRejection(code: FeedErrorCode): boolean {
  return REJECTIONS.has(code);
}

/** What the code alone does not say, for the status and the fallback from a missing delta. */
export interface FeedErrorFacts {
  /** No answer at all: no network, host unreachable or unknown, no answer in time ("offline"). */
  unreachable?: boolean;
  /** The host or folder answered that the file does not exist (HTTP 404/410, no such file). */
  missing?: boolean;
}

export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly facts: FeedErrorFacts = {},
  ) {
    super(message);
    this.name = 'FeedError';
  }
}
