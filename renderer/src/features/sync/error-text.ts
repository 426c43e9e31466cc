/**
 * Error codes as sentences that say what to do, in the user's language: one for every code the
 * contract defines (contract/errors.ts). The code is stable (it crosses IPC and HTTP intact);
 * the server's message is shown only for a bug (INTERNAL), for the report, and for a code this
 * version of the UI does not know.
 */
import type { TFunction } from 'i18next';
import { isApiErrorCode } from '../../../../contract';

export function errorSentence(t: TFunction, error: { code: string; message: string }): string {
  if (error.code === 'INTERNAL') return t('sync.errors.INTERNAL', { message: error.message });
  if (isApiErrorCode(error.code)) return t(`sync.errors.${error.code}`);
  return t('sync.errors.UNKNOWN', { code: error.code, message: error.message });
}

/** Errors that mean "no connection", shown as offline rather than as a fault. */
export function isOfflineError(code: string | undefined): boolean {
  return code === 'NETWORK' || code === 'TIMEOUT';
}
