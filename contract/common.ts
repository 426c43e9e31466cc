/**
 * The pieces every feature's schemas share: ids, codes, locales, dates, names. Argument objects
 * are `.strict()`: an unknown key is refused with INVALID_ARGUMENT instead of being silently
 * ignored, so a typo in a client never looks like a successful call.
 */
import { z } from 'zod';
import { LOCALES } from './lists';

/** A record id as the catalogue source format defines it. */
export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'is not a catalogue id');

/** Taxonomy ids and codes (sector ids, NUTS codes, ISO country codes, service types). */
export const codeSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'is not a code');

export const localeSchema = z.enum(LOCALES, {
  error: `must be one of ${LOCALES.join(', ')}`,
});

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/** Up to 100,000 ids: a whole filtered catalogue can be selected for export. */
export const idListSchema = z.array(idSchema).max(100_000);

export const shortlistNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');

export const noArgsSchema = z.object({}).strict();

/** A taxonomy entry with its label in the requested language. */
export const labelledSchema = z.object({ id: z.string(), label: z.string() });
export const nullableText = z.string().nullable();
