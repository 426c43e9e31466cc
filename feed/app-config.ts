/**
 * What the app is built with (config/feed.json): the default feed address, the channel it
 * follows and the public keys it trusts (active and backup, so a key can be rotated without
 * an app update locking anyone out).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { channelName } from './format';
import { loadPublicKey } from './keys';

const CONFIG_URL = new URL('../config/feed.json', import.meta.url);

const configSchema = z
  .object({
    $comment: z.string().optional(),
    url: z.string().min(1),
    channel: channelName,
    keys: z.array(z.string().min(1)).min(1),
  })
  .strict();

export interface FeedConfig {
  url: string;
  channel: string;
  /** Trusted public keys as PEM text, in the order of the config. */
  keys: string[];
}

let cached: FeedConfig | undefined;

export function loadFeedConfig(url: URL = CONFIG_URL): FeedConfig {
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
