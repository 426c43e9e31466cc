/** profile: an organisation's whole page. */
import { z } from 'zod';
import { idSchema, labelledSchema, localeSchema, nullableText } from './common';
import { EVENT_KINDS, ORGANISATION_KINDS } from './lists';

export const profileArgsSchema = z
  .object({ id: idSchema, locale: localeSchema.optional() })
  .strict();

/** Another organisation named on a page (an organiser, a member). */
export const orgRefSchema = z.object({
  id: z.string(),
  /** null when the organisation is not (or no longer) in the catalogue. */
  name: z.string().nullable(),
});

const relatedOrgSchema = orgRefSchema.extend({
  kind: z.enum(ORGANISATION_KINDS).nullable(),
});

/** An event as a profile lists it; the events view adds its long fields (events.ts). */
export const profileEventSchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  /** A day, a month or a year: `2012-06-21`, `2012-06`, `2012` (docs/catalogue-format.md). */
  start: z.string(),
  end: nullableText,
  /** What the dates leave open, in words ("exact dates not published"). */
  dateNote: nullableText,
  city: nullableText,
  country: nullableText,
});

const contactSchema = z.object({
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
  sectors: z.array(labelledSchema),
  services: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: labelledSchema,
      description: nullableText,
      sectors: z.array(labelledSchema),
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
  /** Whether the catalogue records verification at all: only then is "not verified" news. */
  verificationRecorded: z.boolean(),
});
