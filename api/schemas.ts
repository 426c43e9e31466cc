/**
 * Zod schemas of every CatalogueApi method's argument and result, and of the events the
 * API pushes. Self-contained on purpose: the renderer bundle imports this file (through
 * api/contract.ts), so it must never pull in db/, feed/, export/ or Node built-ins.
 *
 * Argument objects are `.strict()`: an unknown key is refused with INVALID_ARGUMENT instead of
 * being silently ignored, so a typo in a client never looks like a successful call.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Shared pieces

export const ORGANISATION_KINDS = [
  'cluster',
  'partner',
  'supplier',
  'research',
  'agency',
  'other',
] as const;
export const EVENT_KINDS = [
  'exchange-forum',
  'company-tour',
  'study-visit',
  'trade-fair',
  'workshop',
  'conference',
] as const;
/** UI languages: the first three are translated, the rest fall back to English labels. */
export const LOCALES = ['en', 'de', 'it', 'sk', 'cs', 'hu', 'pl', 'sl'] as const;
export const EXPORT_FORMATS = [
  'csv',
  'csv-semicolon',
  'google',
  'outlook',
  'vcard',
  'vcard4',
  'xlsx',
] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

/** A record id as the catalogue source format defines it. */
export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'is not a catalogue id');
/** Taxonomy ids and codes (sector ids, NUTS codes, ISO country codes, service types). */
const codeSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'is not a code');
export const localeSchema = z.enum(LOCALES);
const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
/** Up to 100,000 ids: a whole filtered catalogue can be selected for export. */
const idListSchema = z.array(idSchema).max(100_000);
export const shortlistNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');

const labelled = z.object({ id: z.string(), label: z.string() });
const nullableText = z.string().nullable();

// ---------------------------------------------------------------------------------------------
// search

export const searchQuerySchema = z
  .object({
    text: z.string().max(500).optional(),
    sectors: z.array(codeSchema).max(500).optional(),
    regions: z.array(codeSchema).max(2000).optional(),
    serviceTypes: z.array(codeSchema).max(500).optional(),
    kinds: z.array(z.enum(ORGANISATION_KINDS)).max(10).optional(),
    countries: z.array(codeSchema).max(100).optional(),
    sort: z.enum(['relevance', 'name']).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
    locale: localeSchema.optional(),
  })
  .strict();

export const facetValueSchema = z.object({
  id: z.string(),
  label: z.string(),
  count: z.number().int(),
  parent: z.string().nullable().optional(),
  level: z.number().int().optional(),
});

export const searchHitSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  city: nullableText,
  country: z.string(),
  region: nullableText,
  sectors: z.array(z.string()),
  /** Plain text, never HTML. */
  snippet: z.string(),
  /** [start, end) UTF-16 offsets into `snippet` of matched words. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export const searchResultSchema = z.object({
  total: z.number().int(),
  results: z.array(searchHitSchema),
  facets: z.object({
    sector: z.array(facetValueSchema),
    region: z.array(facetValueSchema),
    service_type: z.array(facetValueSchema),
    kind: z.array(facetValueSchema),
    country: z.array(facetValueSchema),
  }),
  corrections: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
  matched: z.array(z.string()).optional(),
  dropped: z.array(z.string()).optional(),
});

// ---------------------------------------------------------------------------------------------
// profile, taxonomy, events

export const profileArgsSchema = z
  .object({ id: idSchema, locale: localeSchema.optional() })
  .strict();

const orgRefSchema = z.object({
  id: z.string(),
  /** null when the organisation is not (or no longer) in the catalogue. */
  name: z.string().nullable(),
});

const relatedOrgSchema = orgRefSchema.extend({
  kind: z.enum(ORGANISATION_KINDS).nullable(),
});

export const profileEventSchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  start: z.string(),
  end: nullableText,
  city: nullableText,
  country: nullableText,
});

export const eventSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  start: z.string(),
  end: nullableText,
  city: nullableText,
  country: nullableText,
  countryName: nullableText,
  description: nullableText,
  /** https:/http: only (checked when the catalogue was validated). */
  website: nullableText,
  sectors: z.array(labelled),
  organisers: z.array(orgRefSchema),
});

export const contactSchema = z.object({
  name: nullableText,
  role: nullableText,
  email: nullableText,
  phone: nullableText,
  languages: z.array(z.string()),
});

export const profileSchema = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  acronym: nullableText,
  /** Localised names by language code. */
  names: z.record(z.string(), z.string()),
  description: nullableText,
  country: z.object({ code: z.string(), name: z.string() }),
  /** The region (NUTS code, national name) and its ancestors, from the country level down. */
  region: z
    .object({
      code: z.string(),
      name: z.string(),
      ancestors: z.array(z.object({ code: z.string(), name: z.string() })),
    })
    .nullable(),
  city: nullableText,
  address: nullableText,
  postcode: nullableText,
  /** https:/http: only (checked when the catalogue was validated). */
  website: nullableText,
  email: nullableText,
  phone: nullableText,
  fax: nullableText,
  sectors: z.array(labelled),
  services: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: labelled,
      description: nullableText,
      sectors: z.array(labelled),
    }),
  ),
  contacts: z.array(contactSchema),
  /** Clusters this organisation is a member of. */
  memberOf: z.array(relatedOrgSchema),
  /** Members of this organisation (when it is a cluster). */
  members: z.array(relatedOrgSchema),
  /** Events it organises, soonest first. */
  events: z.array(profileEventSchema),
  verifiedAt: nullableText,
});

export const localeArgsSchema = z.object({ locale: localeSchema.optional() }).strict();

export const taxonomyResultSchema = z.object({
  sectors: z.array(labelled),
  serviceTypes: z.array(labelled),
  kinds: z.array(labelled),
  countries: z.array(z.object({ code: z.string(), label: z.string() })),
  /** NUTS 2024 regions, level 0 (country) to 3, parents before children. */
  regions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** Present only when it differs from `name` (Greek, Bulgarian, Cypriot regions). */
      latin: z.string().optional(),
      level: z.number().int(),
      parent: z.string().nullable(),
      country: z.string(),
    }),
  ),
});

export const eventsArgsSchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    sector: codeSchema.optional(),
    locale: localeSchema.optional(),
  })
  .strict();

export const eventsResultSchema = z.object({
  /** The server's date (YYYY-MM-DD) that splits upcoming from past. */
  today: z.string(),
  /** Events ending today or later, soonest first. */
  upcoming: z.array(eventSummarySchema),
  /** Events that ended before today, most recent first. */
  past: z.array(eventSummarySchema),
});

// ---------------------------------------------------------------------------------------------
// shortlists and notes

export const noArgsSchema = z.object({}).strict();
export const shortlistArgsSchema = z.object({ name: shortlistNameSchema }).strict();
export const shortlistIdsArgsSchema = z
  .object({ name: shortlistNameSchema, ids: z.array(idSchema).min(1).max(100_000) })
  .strict();

export const shortlistSummarySchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  /** Organisations in the list, including ones the catalogue has since removed. */
  count: z.number().int(),
  /** How many of them the catalogue no longer holds. */
  removed: z.number().int(),
});
export const listShortlistsResultSchema = z.object({ shortlists: z.array(shortlistSummarySchema) });
export const shortlistChangeResultSchema = z.object({
  name: z.string(),
  /** How many ids were added (or removed); ids already there (or absent) do not count. */
  changed: z.number().int(),
  count: z.number().int(),
});
export const deleteShortlistResultSchema = z.object({ name: z.string(), deleted: z.boolean() });
export const shortlistItemsResultSchema = z.object({
  name: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      /** null when the organisation has been removed from the catalogue by a feed. */
      name: z.string().nullable(),
      removed: z.boolean(),
    }),
  ),
});

export const noteArgsSchema = z.object({ id: idSchema }).strict();
export const setNoteArgsSchema = z
  .object({ id: idSchema, text: z.string().max(10_000, 'must be at most 10,000 characters') })
  .strict();
/** A note; `text` is '' and `updatedAt` null when there is none. */
export const noteSchema = z.object({
  id: z.string(),
  text: z.string(),
  updatedAt: z.string().nullable(),
});

// ---------------------------------------------------------------------------------------------
// export

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('query'), query: searchQuerySchema }).strict(),
  z.object({ kind: z.literal('shortlist'), name: shortlistNameSchema }).strict(),
  z.object({ kind: z.literal('ids'), ids: idListSchema.min(1) }).strict(),
]);

export const exportArgsSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    scope: exportScopeSchema,
    columns: z
      .array(
        z
          .string()
          .max(50)
          .regex(/^[a-z][a-z0-9_-]*$/, 'is not a column id'),
      )
      .min(1)
      .max(50)
      .optional(),
    locale: localeSchema.optional(),
  })
  .strict();

export const exportResultSchema = z.object({
  contacts: z.number().int(),
  organisations: z.number().int(),
  fileName: z.string(),
  /** Web mode: a one-time address the browser downloads the file from. */
  downloadUrl: z.string().optional(),
  /** Desktop: where the file was saved (chosen in the native save dialog). */
  savedTo: z.string().optional(),
  /** Desktop: the user closed the save dialog; nothing was written. */
  cancelled: z.boolean().optional(),
});

export const exportOptionsResultSchema = z.object({
  formats: z.array(z.object({ id: z.enum(EXPORT_FORMATS), label: z.string() })),
  /** Column ids in their default order; `label` is English. */
  columns: z.array(labelled),
});

export const emailAddressesArgsSchema = z.object({ scope: exportScopeSchema }).strict();
export const emailAddressesResultSchema = z.object({
  /** Unique addresses in scope order: each organisation's contacts, then its general address. */
  addresses: z.array(z.string()),
  organisations: z.number().int(),
});

export const contactCoverageArgsSchema = emailAddressesArgsSchema;
export const contactCoverageResultSchema = z.object({
  /** Organisations in scope that the catalogue holds. */
  organisations: z.number().int(),
  /** Of them, those with an e-mail address (their own or a contact's). */
  withEmail: z.number().int(),
  /** Of them, those with a phone (their own or a contact's). */
  withPhone: z.number().int(),
  /** Of them, those with an e-mail address or a phone. */
  reachable: z.number().int(),
  /** Distinct e-mail addresses (ignoring case): what "copy e-mail addresses" would copy. */
  addresses: z.number().int(),
});

// ---------------------------------------------------------------------------------------------
// sync, settings, app info

export const feedErrorSchema = z.object({ code: z.string(), message: z.string() });

export const syncStatusSchema = z.object({
  /** Catalogue version (0: the bundled or an imported catalogue, not from the feed). */
  version: z.number().int(),
  source: z.enum(['bundled', 'import', 'feed']).nullable(),
  issued: nullableText,
  expires: nullableText,
  /** ISO timestamps of the last attempt and the last success. */
  lastCheck: nullableText,
  lastSuccess: nullableText,
  /** The last attempt's error, when it failed (NETWORK means offline). */
  lastError: feedErrorSchema.nullable(),
  feedUrl: z.string(),
  syncing: z.boolean(),
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
});

export const syncProgressSchema = z.object({
  phase: z.enum(['fetch-index', 'verify', 'download', 'apply', 'done']),
  bytes: z.number().optional(),
  totalBytes: z.number().optional(),
  records: z.number().optional(),
  totalRecords: z.number().optional(),
});

/** A feed address: https:, http: on loopback only, or an absolute folder path (USB stick). */
export const feedAddressSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((s) => {
    if (s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s) || s.startsWith('\\\\')) return true;
    try {
      const url = new URL(s);
      if (url.protocol === 'https:' || url.protocol === 'file:') return true;
      return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    } catch {
      return false;
    }
  }, 'must be an https:// address, http:// on this computer only, or a folder path');

export const settingsSchema = z.object({
  feedUrl: z.string(),
  /** The address the app was built with (setting feedUrl to it restores the default). */
  defaultFeedUrl: z.string(),
  language: z.union([z.literal('system'), localeSchema]),
  theme: z.enum(THEMES),
});

export const setSettingsArgsSchema = z
  .object({
    feedUrl: feedAddressSchema.optional(),
    language: z.union([z.literal('system'), localeSchema]).optional(),
    theme: z.enum(THEMES).optional(),
  })
  .strict();

export const appInfoSchema = z.object({
  appName: z.string(),
  appVersion: z.string(),
  catalogueVersion: z.number().int(),
  catalogueSource: z.enum(['bundled', 'import', 'feed']).nullable(),
  catalogueIssued: nullableText,
  organisations: z.number().int(),
  events: z.number().int(),
  /** Which transport serves this app: the desktop shell or web mode. */
  mode: z.enum(['desktop', 'web']),
});

// ---------------------------------------------------------------------------------------------
// pushed events

export const menuCommandSchema = z.object({ command: z.enum(['export', 'sync', 'settings']) });

export const apiEventSchemas = {
  /** Progress of a running sync (however it was started). */
  'sync-progress': syncProgressSchema,
  /** A sync finished; when `status` is 'updated' the catalogue changed: search again. */
  'sync-finished': syncOutcomeSchema,
  /** Desktop only: the user chose a menu item that the UI carries out (Export…). */
  'menu-command': menuCommandSchema,
} as const;
