/**
 * One English sentence per error code saying what a person can do about it. The UI translates
 * by code; the CLI prints the detail message followed by this advice.
 */
import type { FeedErrorCode } from '../contract/errors';

export const FEED_ADVICE: Readonly<Record<FeedErrorCode, string>> = {
  NO_TRUSTED_KEY:
    'Pass the network\'s public key with --trust KEY.pem or list it in config/feed.json; in a source checkout, CATALOGUE_DEV_TRUST=1 trusts the development keys (README, "Trust for a run from source").',
  TOO_LARGE:
    'The feed sent more data than allowed, so it was not read; keep using the current catalogue and tell the feed administrator.',
  BAD_SIGNATURE:
    'The update is not signed by a key this app trusts, so it was ignored; check the feed address, or update the app if the network changed its keys.',
  WRONG_CHANNEL:
    'The feed publishes a different channel than this app follows; check the feed address.',
  ROLLBACK:
    'The feed offers an older catalogue than the one installed, so it was ignored; this can be a replay of old files, tell the feed administrator.',
  EXPIRED:
    'The feed has expired: its administrator has not re-signed it in time; keep using the current catalogue and tell the administrator.',
  HASH_MISMATCH:
    'A downloaded file does not match the signed index (damaged or tampered), so nothing was applied; try again later.',
  INVALID_FEED:
    'The feed is signed but its content breaks the format rules, so nothing was applied; tell the feed administrator.',
  TIMEOUT:
    'The feed did not answer in time; check the connection and try again, the current catalogue stays usable.',
  NETWORK:
    'The feed could not be reached or the connection broke; check the connection and the feed address, then try again.',
  APPLY_FAILED:
    'The update was valid but could not be written to the database (disk full, or the database busy or read-only); nothing changed, free some space or close other copies of the app and try again.',
};
