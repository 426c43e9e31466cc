/**
 * The validated shape of a search request, shared by the command line and the API, so both
 * refuse the same things with the same words. The engine itself accepts any text: this
 * schema only bounds sizes so a request cannot ask for unbounded work.
 */
import { z } from 'zod';
import { MAX_LIMIT } from './types';

const MAX_FILTER_VALUES = 50;

const filter = (what: string) =>
  z
    .array(z.string().trim().min(1, `${what} must not be empty`).max(200))
    .max(MAX_FILTER_VALUES, `at most ${MAX_FILTER_VALUES} ${what} values`)
    .optional();

export const searchQuerySchema = z
  .object({
    text: z.string().max(500, 'search text is limited to 500 characters').optional(),
    sectors: filter('sector'),
    regions: filter('region'),
    serviceTypes: filter('service type'),
    kinds: filter('kind'),
    countries: filter('country'),
    sort: z.enum(['relevance', 'name']).optional(),
    limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
    offset: z.number().int().min(0).optional(),
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or de-AT')
      .optional(),
  })
  .strict();

export type SearchQueryInput = z.input<typeof searchQuerySchema>;
