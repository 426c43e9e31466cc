/** Settings: the feed address, the UI language and the theme, stored in the user's database. */
import { z } from 'zod';
import { localeSchema } from './common';
import { DURATION_UNITS_MS, THEMES } from './lists';

/** A feed address: https:, http: on loopback only, or an absolute folder path (USB stick). */
const feedAddressSchema = z
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

/** A duration of at least one minute, as `catalogue serve --check-every` takes it. */
const checkEverySchema = z
  .string()
  .trim()
  .regex(/^\d+[smhdw]$/, 'must be a whole number and a unit (s, m, h, d or w), e.g. 6h')
  .refine((s) => {
    const n = Number(s.slice(0, -1));
    const unit = (DURATION_UNITS_MS as Record<string, number>)[s.slice(-1)] ?? 0;
    return n * unit >= DURATION_UNITS_MS.m && n * unit <= 3650 * DURATION_UNITS_MS.d;
  }, 'must be at least 1m and at most 3650d');

const languageSchema = z.union([z.literal('system'), localeSchema]);

export const settingsSchema = z.object({
  feedUrl: z.string(),
  /** The address the app was built with (setting feedUrl to it restores the default). */
  defaultFeedUrl: z.string(),
  language: languageSchema,
  theme: z.enum(THEMES),
  /** Whether the app checks the feed by itself (default true). */
  autoUpdate: z.boolean(),
  /** How often it checks: a whole number and a unit, s m h d or w; at least 1m (default 6h). */
  checkEvery: z.string(),
  /**
   * Web mode started with `catalogue serve --check-every`: the two values above are the
   * server's and the stored ones apply only without it (the UI shows them as fixed).
   */
  updatesFixed: z.boolean(),
});

export const setSettingsArgsSchema = z
  .object({
    feedUrl: feedAddressSchema.optional(),
    language: languageSchema.optional(),
    theme: z.enum(THEMES).optional(),
    autoUpdate: z.boolean().optional(),
    checkEvery: checkEverySchema.optional(),
  })
  .strict();
