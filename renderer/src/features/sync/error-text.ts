/**
 * Error codes as sentences that say what to do, in the user's language. The code is stable
 * (it crosses IPC and HTTP intact); the server's message is only a fallback for codes the UI
 * does not know yet.
 */
import type { TFunction } from 'i18next';

const KNOWN = new Set([
  'NO_TRUSTED_KEY',
  'NETWORK',
  'TIMEOUT',
  'TOO_LARGE',
  'BAD_SIGNATURE',
  'WRONG_CHANNEL',
  'ROLLBACK',
  'EXPIRED',
  'HASH_MISMATCH',
  'INVALID_FEED',
  'SYNC_IN_PROGRESS',
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'CONFLICT',
  'APPLY_FAILED',
  'FORBIDDEN',
  'LOCAL_FEED_ONLY',
  'UNAVAILABLE',
  'NOTHING_TO_SHARE',
  'SHARE_MISMATCH',
  'NEWER_IN_FOLDER',
]);

export function errorSentence(t: TFunction, error: { code: string; message: string }): string {
  if (KNOWN.has(error.code)) return t(`sync.errors.${error.code}`);
  return t('sync.errors.UNKNOWN', { code: error.code, message: error.message });
}

/** Errors that mean "no connection", shown as offline rather than as a fault. */
export function isOfflineError(code: string | undefined): boolean {
  return code === 'NETWORK' || code === 'TIMEOUT';
}
