/**
 * What the app is built with (config/feed.json): the default feed address, the channel it
 * follows and the public keys it trusts (active and backup, so a key can be rotated without
 * an app update locking anyone out). Out of the box it trusts no key: a release build lists
 * the network's production keys, and a run from source trusts the development keys only when
 * asked to with CATALOGUE_DEV_TRUST=1 (their private halves are public, in tests/fixtures/keys/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { CatalogueError } from '../db/errors';
import { channelName } from './format';
import { loadPublicKey } from './keys';
import { quote } from '../catalogue-format/show-value';

const CONFIG_URL = new URL('../config/feed.json', import.meta.url);

/** The development switch: `CATALOGUE_DEV_TRUST=1` trusts the development keys too. */
export const DEV_TRUST_VARIABLE = 'CATALOGUE_DEV_TRUST';

/** The development public keys: beside their committed private halves, never in config/. */
const DEV_KEY_URLS: readonly URL[] = ['dev-active.pub.pem', 'dev-backup.pub.pem'].map(
  (name) => new URL(`../tests/fixtures/keys/${name}`, import.meta.url),
);

const configSchema = z
  .object({
    $comment: z.string().optional(),
    url: z.string().min(1),
    channel: channelName,
    keys: z.array(z.string().min(1)),
  })
  .strict();

export interface FeedConfig {
  url: string;
  channel: string;
  /** Trusted public keys as PEM text, in the order of the config (development keys last). */
  keys: string[];
  /** Whether CATALOGUE_DEV_TRUST=1 added the development keys. */
  devTrust: boolean;
}

let cached: Omit<FeedConfig, 'devTrust'> | undefined;

function readConfig(url: URL): Omit<FeedConfig, 'devTrust'> {
  if (url === CONFIG_URL && cached) return cached;
  const parsed = configSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
  const keys = parsed.keys.map((file) => {
    const pem = readFileSync(new URL(file, url), 'utf8');
    loadPublicKey(pem); // a broken key in the build is a build error, not a sync error
    return pem;
  });
  const config = { url: parsed.url, channel: parsed.channel, keys };
  if (url === CONFIG_URL) cached = config;
  return config;
}

/**
 * Whether the environment asks to trust the development keys: `1` yes; unset, empty or `0`
 * no; anything else is refused rather than guessed.
 */
export function devTrustRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[DEV_TRUST_VARIABLE];
  if (value === undefined || value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new CatalogueError(
    'INVALID_ARGUMENT',
    `${DEV_TRUST_VARIABLE}=${quote(value)} is not understood: set it to 1 to trust the development keys (a run from source only), or unset it.`,
  );
}

/** The development public keys, which exist only in a source checkout. */
function developmentKeys(): string[] {
  const missing = DEV_KEY_URLS.filter((url) => !existsSync(url));
  if (missing.length > 0) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `${DEV_TRUST_VARIABLE}=1 asks to trust the development keys, but this copy of the app has none (they exist only in a source checkout, in tests/fixtures/keys/): unset ${DEV_TRUST_VARIABLE}.`,
    );
  }
  return DEV_KEY_URLS.map((url) => readFileSync(url, 'utf8'));
}

export function loadFeedConfig(
  url: URL = CONFIG_URL,
  env: NodeJS.ProcessEnv = process.env,
): FeedConfig {
  const config = readConfig(url);
  const devTrust = devTrustRequested(env);
  return {
    ...config,
    keys: devTrust ? [...config.keys, ...developmentKeys()] : [...config.keys],
    devTrust,
  };
}
