/** Notes: the user's private note on an organisation. */
import { z } from 'zod';
import { idSchema } from './common';

export const noteArgsSchema = z.object({ id: idSchema }).strict();
export const setNoteArgsSchema = z
  .object({ id: idSchema, text: z.string().max(10_000, 'must be at most 10,000 characters') })
  .strict();
/** A note; `text` is '' and `updatedAt` null when there is none. */
export const noteSchema = z.object({
  id: z.string(),
  text: z.string(),
  updatedAt: z.string().nullable(),
});
