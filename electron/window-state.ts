/**
 * The main window's remembered size and position, kept in the user's settings (the `window`
 * key of the setting table). A stored value that makes no sense is ignored, never trusted.
 */
import { z } from 'zod';
import type { Db } from '../db/sqlite';
import { getSetting, setSetting } from '../db/user-data/settings';
import { DEFAULT_BOUNDS, type WindowBounds } from './security';

export const WINDOW_SETTING = 'window';

const boundsSchema = z.object({
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  x: z.number().int().min(-20_000).max(20_000).optional(),
  y: z.number().int().min(-20_000).max(20_000).optional(),
  maximized: z.boolean().optional(),
});

export type WindowState = WindowBounds & { maximized?: boolean };

export function loadWindowState(db: Db): WindowState {
  const parsed = boundsSchema.safeParse(getSetting(db, WINDOW_SETTING));
  return parsed.success ? parsed.data : { ...DEFAULT_BOUNDS };
}

export function saveWindowState(db: Db, state: WindowState): void {
  const parsed = boundsSchema.safeParse({
    ...state,
    width: Math.round(state.width),
    height: Math.round(state.height),
    ...(state.x !== undefined ? { x: Math.round(state.x) } : {}),
    ...(state.y !== undefined ? { y: Math.round(state.y) } : {}),
  });
  if (parsed.success) setSetting(db, WINDOW_SETTING, parsed.data);
}
