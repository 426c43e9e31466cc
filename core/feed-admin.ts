/**
 * The feed as administrators and the command line meet it: the app's built-in feed
 * configuration and its trusted keys, signing keys, publishing, and what to do about each
 * feed error code.
 */
export { devTrustRequested, loadFeedConfig } from '../feed/app-config';
export { parseDuration } from '../feed/duration';
export { generateKeyPair } from '../feed/keys';
export { FEED_ADVICE } from '../feed/messages';
export { DEFAULT_EXPIRES_IN, publishFeed, type PublishResult } from '../feed/publish';
