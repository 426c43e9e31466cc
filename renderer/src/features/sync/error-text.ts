/**
 * Error codes as sentences that say what to do, in the user's language: one for every code the
 * contract defines (contract/errors.ts). The code is stable (it crosses IPC and HTTP intact);
 * the server's message is shown only for a bug (INTERNAL), for the report, and for a code this
 * version of the UI does not know.
 *
 * A NETWORK failure is worded by what really happened (#15.6), when the status says where the
 * attempt went: a folder that could not be read, a host that could not be reached (offline), or
 * a host that answered without a catalogue at that address. Only the second is "offline".
 */
import type { TFunction } from 'i18next';
import { isApiErrorCode } from '../../../../contract';

export interface Problem {
  code: string;
  message: string;
  /** The address or folder the attempt read, and whether it got no answer at all. */
  feed?: string;
  unreachable?: boolean;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;

/** A folder (or a file: URL, which is one) rather than an address on a network. */
function isFolderAddress(feed: string): boolean {
  return !URL_LIKE.test(feed) || /^file:/i.test(feed);
}

/** The part of an address a person recognises: the host ("feed.example.org"), or the folder. */
function placeName(feed: string): string {
  // The folder the user chose, not the index file in it that the sync read.
  if (isFolderAddress(feed)) return feed.replace(/^file:\/\//i, '').replace(/[\\/]feed\.json$/, '');
  try {
    return new URL(feed).host;
  } catch {
    return feed;
  }
}

export function errorSentence(t: TFunction, error: Problem): string {
  if (error.code === 'NETWORK' && error.feed !== undefined) {
    const where = placeName(error.feed);
    if (isFolderAddress(error.feed)) return t('sync.errors.folderUnreadable', { where });
    return error.unreachable === true
      ? t('sync.errors.unreachable', { where })
      : t('sync.errors.noFeedThere', { where });
  }
  if (error.code === 'INTERNAL') return t('sync.errors.INTERNAL', { message: error.message });
  if (isApiErrorCode(error.code)) return t(`sync.errors.${error.code}`);
  return t('sync.errors.UNKNOWN', { code: error.code, message: error.message });
}
