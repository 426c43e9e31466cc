/** Export and "copy e-mail addresses": what to export (the scope), in which format, and the outcome. */
import { z } from 'zod';
import { idListSchema, labelledSchema, localeSchema, shortlistNameSchema } from './common';
import { EXPORT_FORMATS } from './lists';
import { searchQuerySchema } from './search';

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('query'), query: searchQuerySchema }).strict(),
  z.object({ kind: z.literal('shortlist'), name: shortlistNameSchema }).strict(),
  z.object({ kind: z.literal('ids'), ids: idListSchema.min(1) }).strict(),
]);

const exportFormatSchema = z.enum(EXPORT_FORMATS, {
  error: `must be one of ${EXPORT_FORMATS.join(', ')}`,
});

export const exportArgsSchema = z
  .object({
    format: exportFormatSchema,
    scope: exportScopeSchema,
    columns: z
      .array(
        z
          .string()
          .max(50)
          .regex(/^[a-z][a-z0-9_-]*$/, 'is not a column id'),
      )
      .min(1, 'name at least one column')
      .max(50)
      .optional(),
    locale: localeSchema.optional(),
    /**
     * Column headers and kind values of csv, csv-semicolon and xlsx: `english` (the default:
     * English headers and kind ids, for scripts) or `interface` (in `locale`, for people).
     */
    columnNames: z
      .enum(['english', 'interface'], { error: 'must be english or interface' })
      .optional(),
    /** Include the user's private notes (a Notes column; vCard NOTE). Default false. */
    notes: z.boolean().optional(),
  })
  .strict();

export const exportResultSchema = z.object({
  contacts: z.number().int(),
  organisations: z.number().int(),
  /** Shortlisted organisations the catalogue no longer holds: not exported (0 for other scopes). */
  skippedRemoved: z.number().int(),
  fileName: z.string(),
  /** Web mode: a one-time address the browser downloads the file from. */
  downloadUrl: z.string().optional(),
  /** Desktop and command line: where the file was saved. */
  savedTo: z.string().optional(),
  /** Desktop: the user closed the save dialog; nothing was written. */
  cancelled: z.boolean().optional(),
});

export const exportOptionsArgsSchema = z.object({ locale: localeSchema.optional() }).strict();

export const exportOptionsResultSchema = z.object({
  formats: z.array(z.object({ id: z.enum(EXPORT_FORMATS), label: z.string() })),
  /** Column ids in their default order; `label` in `locale` (English without one). */
  columns: z.array(labelledSchema),
});

/** The arguments of a method that reads what an export scope covers (emailAddresses, contactCoverage). */
export const scopeArgsSchema = z.object({ scope: exportScopeSchema }).strict();
export const emailAddressesResultSchema = z.object({
  /** Unique addresses in scope order: each organisation's contacts, then its general address. */
  addresses: z.array(z.string()),
  organisations: z.number().int(),
});

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
