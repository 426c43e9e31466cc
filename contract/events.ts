/** events: the network's calendar (exchange forums, company tours, study visits …). */
import { z } from 'zod';
import { codeSchema, isoDateSchema, labelledSchema, localeSchema, nullableText } from './common';
import { orgRefSchema, profileEventSchema } from './profile';

export const eventsArgsSchema = z
  .object({
    /** Events covering a day in [from, to]; a month-only event covers its whole month. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    sector: codeSchema.optional(),
    country: codeSchema.optional(),
    /** Words each beginning a word of the title, description, place, organisers or sectors. */
    text: z.string().max(500).optional(),
    locale: localeSchema.optional(),
  })
  .strict();

export const eventSummarySchema = profileEventSchema.extend({
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
  /** Sectors with events, in the taxonomy's order, counted with the other filters applied. */
  sectors: z.array(labelledSchema.extend({ count: z.number().int() })),
  /** Countries with events, by name, counted with the other filters applied. */
  countries: z.array(labelledSchema.extend({ count: z.number().int() })),
});
