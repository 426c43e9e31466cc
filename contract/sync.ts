/** Sync: the installed catalogue's version and the last attempts, "Sync now" and its progress. */
import { z } from 'zod';
import { nullableText } from './common';
import { updateStateSchema } from './updates';

const feedErrorSchema = z.object({ code: z.string(), message: z.string() });

export const catalogueSourceSchema = z.enum(['bundled', 'import', 'feed']);

export const syncStatusSchema = z.object({
  /** The feed version of the installed catalogue (0: bundled or imported, not from a feed). */
  version: z.number().int(),
  source: catalogueSourceSchema.nullable(),
  /** The feed channel it came from (feed catalogues only). */
  channel: nullableText,
  issued: nullableText,
  expires: nullableText,
  /** When this database installed the catalogue. */
  appliedAt: nullableText,
  /** ISO timestamps of the last attempt and the last success. */
  lastCheck: nullableText,
  lastSuccess: nullableText,
  /**
   * The last attempt's error while it is the last attempt (NETWORK means offline); null once a
   * later attempt succeeded: the status says how things are now, the sync log what happened.
   */
  lastError: feedErrorSchema
    .extend({
      at: z.string(),
      /** Where that attempt went: the address or folder it read (a folder for syncFromFolder). */
      feed: z.string(),
      /** It got no answer at all (no network, host unreachable, no answer in time): offline. */
      unreachable: z.boolean(),
    })
    .nullable(),
  feedUrl: z.string(),
  syncing: z.boolean(),
  /** One word for the badge and the Updates view (docs/feed.md, "Status"). */
  state: updateStateSchema,
  /** out-of-date: since when (the held version's signed expiry); else null. */
  outOfDateSince: nullableText,
  /** When the next automatic check is due; null when automatic updates are off. */
  nextCheck: nullableText,
  /** Whether the app checks by itself, and how often (a duration such as "6h"). */
  autoUpdate: z.boolean(),
  checkEvery: z.string(),
});

export const syncOutcomeSchema = z.object({
  status: z.enum(['updated', 'up-to-date', 'rejected', 'failed']),
  fromVersion: z.number().int(),
  version: z.number().int(),
  changes: z.object({
    added: z.number().int(),
    changed: z.number().int(),
    removed: z.number().int(),
  }),
  error: feedErrorSchema.optional(),
  /** Why this attempt could not be recorded in the sync log (a full disk); the outcome stands. */
  logError: z.string().optional(),
});

/** A sync finished (pushed): its outcome, and whether the app started it by itself. */
export const syncFinishedSchema = syncOutcomeSchema.extend({ automatic: z.boolean() });

export const syncProgressSchema = z.object({
  phase: z.enum(['fetch-index', 'verify', 'download', 'apply', 'done']),
  bytes: z.number().optional(),
  totalBytes: z.number().optional(),
  records: z.number().optional(),
  totalRecords: z.number().optional(),
});
