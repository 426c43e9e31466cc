/** The events the API pushes to the UI (server-sent events in web mode, IPC on the desktop). */
import { z } from 'zod';
import { syncOutcomeSchema, syncProgressSchema } from './sync';

export const menuCommandSchema = z.object({ command: z.enum(['export', 'sync', 'settings']) });

export const apiEventSchemas = {
  /** Progress of a running sync (however it was started). */
  'sync-progress': syncProgressSchema,
  /** A sync finished; when `status` is 'updated' the catalogue changed: search again. */
  'sync-finished': syncOutcomeSchema,
  /** Desktop only: the user chose a menu item that the UI carries out (Export…). */
  'menu-command': menuCommandSchema,
} as const;
