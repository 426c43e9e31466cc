/**
 * search: the one query schema (the API, the UI and `catalogue search` / `catalogue export`
 * validate with it) and the result. The filter bounds are the UI's: a click on a country or
 * NUTS 1 region sends its whole subtree, so a region filter may hold hundreds of codes.
 */
import { z } from 'zod';
import { codeSchema, localeSchema, nullableText } from './common';
import { ORGANISATION_KINDS } from './lists';

/** At most this many results per page (the engine's own cap). */
export const MAX_SEARCH_LIMIT = 500;

const filter = (max: number) => z.array(codeSchema).max(max, `at most ${max} values`).optional();

export const searchQuerySchema = z
  .object({
    text: z.string().max(500, 'must be at most 500 characters').optional(),
    sectors: filter(500),
    regions: filter(2000),
    serviceTypes: filter(500),
    kinds: z
      .array(
        z.enum(ORGANISATION_KINDS, { error: `must be one of ${ORGANISATION_KINDS.join(', ')}` }),
      )
      .max(10, 'at most 10 values')
      .optional(),
    countries: filter(100),
    sort: z.enum(['relevance', 'name'], { error: 'must be relevance or name' }).optional(),
    limit: z
      .number()
      .int()
      .min(1, `must be from 1 to ${MAX_SEARCH_LIMIT}`)
      .max(MAX_SEARCH_LIMIT, `must be from 1 to ${MAX_SEARCH_LIMIT}`)
      .optional(),
    offset: z.number().int().min(0).max(1_000_000, 'must be at most 1,000,000').optional(),
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
  /** The first line of the user's private note on the organisation, when there is one. */
  note: z.string().optional(),
  /** The user's note holds every word of the query: "matched your note". */
  noteMatch: z.boolean().optional(),
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
