/**
 * Which feed addresses a caller may use. From the network (web mode bound to anything but
 * loopback), only `https://` addresses: a folder, a `file:` URL or a loopback `http:` address
 * names something on the server's own computer, and how a sync from it fails ("does not exist",
 * "is not a file", "not a signed index") would tell a remote user what is on its disk.
 *
 * So an address that is not `https://` is refused BEFORE anything touches the disk, with one
 * code and one message whatever the address: the answer for `/etc`, `/dev/zero`,
 * `file:///etc/passwd` and a missing path is the same, byte for byte.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../contract/errors';
import type { Caller } from './context';

/**
 * The feed module fetches an address starting with `https://` over the network and reads
 * every other address it accepts from this computer (a folder, a path, `file:`, or `http:` on
 * loopback only). Deciding by this prefix, on the same trimmed text the feed module reads, means
 * no spelling (`https:/x`, `HTTPS:\\x`, a path named `https:`) can be a "network" address here
 * and a folder there.
 */
const NETWORK_FEED_ADDRESS = /^https:\/\//i;

function isNetworkFeedAddress(address: string): boolean {
  return NETWORK_FEED_ADDRESS.test(address.trim());
}

const LOCAL_FEED_ONLY_MESSAGE =
  'This server is reachable from the network, so its feed address can only be set to an https:// address here; a folder, file: or http:// address can be set only on the computer running the catalogue.';

/**
 * Throws LOCAL_FEED_ONLY when a caller on the network names a feed on this computer. The
 * built-in address (`defaultUrl`, chosen by whoever started the server) is always allowed: a
 * remote user cannot change it, and getSettings already shows it.
 */
export function checkFeedAddressAllowed(address: string, caller: Caller, defaultUrl: string): void {
  if (caller.local || isNetworkFeedAddress(address) || address === defaultUrl) return;
  throw new ApiError('LOCAL_FEED_ONLY', LOCAL_FEED_ONLY_MESSAGE);
}

const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;

/** The folder a folder or `file:` feed address names; null for an address on the network. */
function feedFolder(address: string): string | null {
  const text = address.trim();
  if (!URL_LIKE.test(text)) return text;
  if (!/^file:/i.test(text)) return null;
  try {
    return fileURLToPath(text);
  } catch {
    return null;
  }
}

/** Longer paths are cut in messages, which must stay one readable sentence. */
const SHOWN_PATH_LENGTH = 120;

/**
 * Throws NOT_FOUND when a folder feed address names a folder that does not exist (a USB stick
 * not plugged in, a typo): storing it would only fail every later check. A path to a feed.json
 * is accepted when its folder exists. Call it after `checkFeedAddressAllowed`, so a caller on
 * the network never learns what is on the server's disk.
 */
export function checkFeedFolderExists(address: string): void {
  const folder = feedFolder(address);
  if (folder === null || existsSync(folder)) return;
  if (folder.toLowerCase().endsWith('.json') && existsSync(dirname(folder))) return;
  const shown =
    folder.length > SHOWN_PATH_LENGTH ? `${folder.slice(0, SHOWN_PATH_LENGTH)}…` : folder;
  throw new ApiError(
    'NOT_FOUND',
    `There is no folder ${JSON.stringify(shown)} on this computer: plug in the drive that holds it, or correct the path.`,
  );
}
