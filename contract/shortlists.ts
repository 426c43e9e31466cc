/** Shortlists: the user's own lists of organisations, kept across every import and sync. */
import { z } from 'zod';
import { idSchema, shortlistNameSchema } from './common';

export const shortlistArgsSchema = z.object({ name: shortlistNameSchema }).strict();
export const renameShortlistArgsSchema = z
  .object({ name: shortlistNameSchema, newName: shortlistNameSchema })
  .strict();
export const shortlistIdsArgsSchema = z
  .object({ name: shortlistNameSchema, ids: z.array(idSchema).min(1).max(100_000) })
  .strict();

export const shortlistSummarySchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  /** Organisations in the list, including ones the catalogue has since removed. */
  count: z.number().int(),
  /** How many of them the catalogue no longer holds. */
  removed: z.number().int(),
});
export const listShortlistsResultSchema = z.object({ shortlists: z.array(shortlistSummarySchema) });
export const shortlistChangeResultSchema = z.object({
  name: z.string(),
  /** How many ids were added (or removed); ids already there (or absent) do not count. */
  changed: z.number().int(),
  count: z.number().int(),
});
export const renameShortlistResultSchema = z.object({ name: z.string(), renamedTo: z.string() });
export const deleteShortlistResultSchema = z.object({ name: z.string(), deleted: z.boolean() });
export const shortlistItemsResultSchema = z.object({
  name: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      /** null when the organisation has been removed from the catalogue by a feed. */
      name: z.string().nullable(),
      removed: z.boolean(),
      /** When it was put on the list. */
      addedAt: z.string(),
      /** The first line of the user's private note on it, when there is one. */
      note: z.string().optional(),
    }),
  ),
});
