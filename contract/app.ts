/** The application itself: its name (defined once, here) and what `appInfo` says about it. */
import { z } from 'zod';
import { nullableText } from './common';
import { APP_MODES } from './lists';
import { catalogueSourceSchema, syncStatusSchema } from './sync';

/** The product's name: window titles, the About box, the per-user data folder, messages. */
export const APP_NAME = 'Meta-Cluster Catalogue';

export const appInfoSchema = z.object({
  appName: z.string(),
  appVersion: z.string(),
  /** The feed version of the installed catalogue, as `syncStatus.version`. */
  catalogueVersion: z.number().int(),
  catalogueSource: catalogueSourceSchema.nullable(),
  catalogueIssued: nullableText,
  organisations: z.number().int(),
  events: z.number().int(),
  /** Which transport serves this app: the desktop shell, web mode or the command line. */
  mode: z.enum(APP_MODES),
});

const syncLogEntrySchema = z.object({
  at: z.string(),
  /** The feed address or folder the attempt used. */
  feed: z.string(),
  status: z.enum(['updated', 'up-to-date', 'rejected', 'failed']),
  fromVersion: z.number().int().nullable(),
  version: z.number().int().nullable(),
  errorCode: nullableText,
  errorMessage: nullableText,
  /** The attempt could not reach the feed at all (no network, host unreachable): offline. */
  unreachable: z.boolean(),
});

/**
 * The database as its own computer sees it (`catalogue info`): where it is, its schema, the
 * catalogue's metadata as stored, what it holds and the sync log's latest entries. Answered
 * only to a local caller: it names paths on the computer running the catalogue.
 */
export const databaseInfoSchema = z.object({
  database: z.string(),
  /** The database cannot be written (read-only file, folder or disk): it was only read. */
  readOnly: z.boolean(),
  schemaVersion: z.number().int(),
  catalogue: z
    .object({
      /** As stored: the feed version for a feed catalogue, 0 for a bundled or imported one. */
      version: z.number().int(),
      source: catalogueSourceSchema,
      appliedAt: z.string(),
      channel: z.string().optional(),
      issued: z.string().optional(),
      expires: z.string().optional(),
      sha256: z.string().optional(),
    })
    .nullable(),
  counts: z.object({
    organisations: z.number().int(),
    contacts: z.number().int(),
    services: z.number().int(),
    events: z.number().int(),
    shortlists: z.number().int(),
    notes: z.number().int(),
  }),
  lastSync: syncLogEntrySchema.nullable(),
  lastSuccessfulSync: syncLogEntrySchema.nullable(),
  /** The update status, with its state, as the app shows it. */
  updates: syncStatusSchema,
});
