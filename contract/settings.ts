/** Settings: the feed address, the UI language and the theme, stored in the user's database. */
import { z } from 'zod';
import { localeSchema } from './common';
import { THEMES } from './lists';

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

const languageSchema = z.union([z.literal('system'), localeSchema]);

export const settingsSchema = z.object({
  feedUrl: z.string(),
  /** The address the app was built with (setting feedUrl to it restores the default). */
  defaultFeedUrl: z.string(),
  language: languageSchema,
  theme: z.enum(THEMES),
});

export const setSettingsArgsSchema = z
  .object({
    feedUrl: feedAddressSchema.optional(),
    language: languageSchema.optional(),
    theme: z.enum(THEMES).optional(),
  })
  .strict();
