/**
 * The main window's remembered size and position, kept in the user's settings (the `window`
 * key of the setting table, outside the API). A stored value that makes no sense is ignored,
 * never trusted.
 */
import { z } from 'zod';
import type { AppCore } from '../core/app-core';
import { DEFAULT_BOUNDS, type WindowBounds } from './security';

/** Where the state is kept: the app core's host settings. */
type SettingsStore = Pick<AppCore, 'hostSetting' | 'setHostSetting'>;

export const WINDOW_SETTING = 'window';

const boundsSchema = z.object({
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  x: z.number().int().min(-20_000).max(20_000).optional(),
  y: z.number().int().min(-20_000).max(20_000).optional(),
  maximized: z.boolean().optional(),
});

export type WindowState = WindowBounds & { maximized?: boolean };

export function loadWindowState(store: SettingsStore): WindowState {
  const parsed = boundsSchema.safeParse(store.hostSetting(WINDOW_SETTING));
  return parsed.success ? parsed.data : { ...DEFAULT_BOUNDS };
}

export function saveWindowState(store: SettingsStore, state: WindowState): void {
  const parsed = boundsSchema.safeParse({
    ...state,
    width: Math.round(state.width),
    height: Math.round(state.height),
    ...(state.x !== undefined ? { x: Math.round(state.x) } : {}),
    ...(state.y !== undefined ? { y: Math.round(state.y) } : {}),
  });
  if (parsed.success) store.setHostSetting(WINDOW_SETTING, parsed.data);
}
