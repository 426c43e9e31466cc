/**
 * Light and dark follow the system (`prefers-color-scheme`) unless the user chose one in
 * Settings; the choice is a `data-theme` attribute the stylesheet keys on (no inline styles).
 */
import type { Theme } from '../../../../contract';

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
