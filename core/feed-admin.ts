/**
 * The feed as administrators and the command line meet it: the app's built-in feed
 * configuration and its trusted keys, signing keys, publishing, what to do about each feed
 * error code, and the shortest interval of automatic checks.
 */
export { devTrustRequested, loadFeedConfig } from '../feed/app-config';
export { parseDuration } from '../feed/duration';
export { generateKeyPair } from '../feed/keys';
export { FEED_ADVICE } from '../feed/messages';
export { MIN_CHECK_EVERY_MS } from '../feed/scheduler';
export { DEFAULT_EXPIRES_IN, publishFeed, type PublishResult } from '../feed/publish';
