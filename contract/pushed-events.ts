/** The events the API pushes to the UI (server-sent events in web mode, IPC on the desktop). */
import { z } from 'zod';
import type { API_EVENT_NAMES } from './method-names';
import { syncFinishedSchema, syncProgressSchema, syncStatusSchema } from './sync';

const menuCommandSchema = z.object({ command: z.enum(['export', 'sync', 'settings']) });

export const apiEventSchemas = {
  /** Progress of a running sync (however it was started). */
  'sync-progress': syncProgressSchema,
  /**
   * A sync finished, automatic or asked for; when `status` is 'updated' the catalogue changed:
   * search again, keeping what the user is doing.
   */
  'sync-finished': syncFinishedSchema,
  /** The update status changed (a check started or ended, the settings changed). */
  'update-status': syncStatusSchema,
  /** Desktop only: the user chose a menu item that the UI carries out (Export…). */
  'menu-command': menuCommandSchema,
  // Exactly the names method-names.ts lists: a missing or extra event fails to compile.
} as const satisfies Record<(typeof API_EVENT_NAMES)[number], z.ZodType>;
