/** events: the network's calendar (exchange forums, company tours, study visits …). */
import { z } from 'zod';
import { codeSchema, isoDateSchema, labelledSchema, localeSchema, nullableText } from './common';
import { EVENT_KINDS } from './lists';
import { orgRefSchema } from './profile';

export const eventsArgsSchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    sector: codeSchema.optional(),
    locale: localeSchema.optional(),
  })
  .strict();

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
  sectors: z.array(labelledSchema),
  organisers: z.array(orgRefSchema),
});

export const eventsResultSchema = z.object({
  /** The server's date (YYYY-MM-DD) that splits upcoming from past. */
  today: z.string(),
  /** Events ending today or later, soonest first. */
  upcoming: z.array(eventSummarySchema),
  /** Events that ended before today, most recent first. */
  past: z.array(eventSummarySchema),
});
