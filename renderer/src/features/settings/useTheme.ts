/**
 * Keeps the page's theme in line with the setting. A layout effect, so a newly chosen theme is
 * on the page before it is painted, never a frame after the settings form shows it.
 */
import { useLayoutEffect } from 'react';
import type { Theme } from '../../../../contract';
import { applyTheme } from './theme';

/** `undefined` while the settings are not read yet: the page keeps following the system. */
export function useTheme(theme: Theme | undefined): void {
  useLayoutEffect(() => {
    if (theme !== undefined) applyTheme(theme);
  }, [theme]);
}
