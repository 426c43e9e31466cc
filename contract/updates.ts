/**
 * A living catalogue (#13): the update status with its state, what each sync changed ("What's
 * new"), a shortlist's flags, a withdrawn organisation's last known details, and passing the
 * catalogue on through a folder. docs/api.md describes each method; docs/feed.md the rules.
 */
import { z } from 'zod';
import { idSchema, localeSchema, shortlistNameSchema } from './common';
import { UPDATE_STATES } from './lists';

/** An organisation or event in a change set: its id and its name (an event's title). */
const recordRefSchema = z.object({ id: z.string(), name: z.string() });
const changedRecordSchema = recordRefSchema.extend({
  /** The changed fields, by their names in the catalogue format (docs/catalogue-format.md). */
  fields: z.array(z.string()),
});
const sectionChangesSchema = z.object({
  added: z.array(recordRefSchema),
  changed: z.array(changedRecordSchema),
  /** Withdrawn: with the name it last had (details: `withdrawnOrganisation`). */
  removed: z.array(recordRefSchema),
});

const changeSetSchema = z.object({
  id: z.number().int(),
  fromVersion: z.number().int(),
  version: z.number().int(),
  /** When this app applied it (ISO 8601). */
  appliedAt: z.string(),
  /** Which payload brought it: a whole snapshot or a delta. */
  payload: z.enum(['snapshot', 'delta']),
  organisations: sectionChangesSchema,
  events: sectionChangesSchema,
});

export const listChangesArgsSchema = z
  .object({
    /** Only change sets that brought a version after this one. */
    sinceVersion: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export const listChangesResultSchema = z.object({ changeSets: z.array(changeSetSchema) });

/** The part of a withdrawn organisation's last known record the UI shows (source field names). */
const withdrawnDetailsSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  acronym: z.string().optional(),
  names: z.record(z.string(), z.string()),
  description: z.string().optional(),
  country: z.string(),
  region: z.string().optional(),
  city: z.string().optional(),
  address: z.string().optional(),
  postcode: z.string().optional(),
  website: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  fax: z.string().optional(),
  sectors: z.array(z.string()),
  contacts: z.array(
    z.object({
      name: z.string().optional(),
      role: z.string().optional(),
      email: z.string().optional(),
      phone: z.string().optional(),
    }),
  ),
});

export const withdrawnOrganisationArgsSchema = z
  .object({ id: idSchema, locale: localeSchema.optional() })
  .strict();
export const withdrawnOrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  last: withdrawnDetailsSchema,
  /** The country of `last` by its name in `locale` (its code when the taxonomy has none). */
  countryName: z.string(),
  /** The version that withdrew it, and when this app applied that version. */
  version: z.number().int(),
  withdrawnAt: z.string(),
});

export const shortlistChangesResultSchema = z.object({
  name: z.string(),
  /** Still in the catalogue, changed since the list was last opened: every field that changed. */
  changed: z.array(changedRecordSchema),
  /** Withdrawn since the list was last opened; they stay in the list with their notes. */
  withdrawn: z.array(recordRefSchema),
});
export const markShortlistSeenArgsSchema = z.object({ name: shortlistNameSchema }).strict();
export const markShortlistSeenResultSchema = z.object({ name: z.string() });

/** An absolute folder path on the computer running the catalogue (a USB stick). */
const folderPathSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine(
    (s) => s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s) || s.startsWith('\\\\'),
    'must be an absolute folder path',
  );

export const shareArgsSchema = z.object({ out: folderPathSchema }).strict();
export const shareResultSchema = z.object({
  out: z.string(),
  version: z.number().int(),
  channel: z.string(),
  /** When the version's signature stops vouching for it: apps refuse it after (EXPIRED). */
  expires: z.string(),
  /** Written, relative to `out`, feed.json last. */
  files: z.array(z.string()),
  bytes: z.number().int(),
});

export const syncFromFolderArgsSchema = z.object({ folder: folderPathSchema }).strict();

export const networkOnlineResultSchema = z.object({
  /** Whether a check started (false: automatic updates are off, or one is running). */
  checking: z.boolean(),
});

/** The state of updates as every surface shows it (docs/feed.md, "Status"). */
export const updateStateSchema = z.enum(UPDATE_STATES);
