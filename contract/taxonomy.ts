/** taxonomy: sectors, service types, kinds, countries and NUTS regions, labelled. */
import { z } from 'zod';
import { labelledSchema, localeSchema } from './common';

export const localeArgsSchema = z.object({ locale: localeSchema.optional() }).strict();

export const taxonomyResultSchema = z.object({
  sectors: z.array(labelledSchema),
  serviceTypes: z.array(labelledSchema),
  kinds: z.array(labelledSchema),
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
