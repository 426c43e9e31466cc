// @vitest-environment jsdom
/** The page follows the theme setting: a chosen theme is set, "system" hands back to the OS. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Theme } from '../../../../../contract';
import { useTheme } from '../../../../../renderer/src/features/settings/useTheme';
import { fakeClient, renderHook } from '../../harness';

const root = document.documentElement;
afterEach(() => {
  root.removeAttribute('data-theme');
});

describe('useTheme', () => {
  it('sets the chosen theme on the page and removes it for "system"', () => {
    const { client } = fakeClient({});
    const probe = renderHook(
      client,
      (theme: Theme | undefined) => {
        useTheme(theme);
      },
      undefined,
    );
    expect(root.hasAttribute('data-theme')).toBe(false);
    probe.rerender('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    probe.rerender('light');
    expect(root.getAttribute('data-theme')).toBe('light');
    probe.rerender('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
    probe.unmount();
  });
});
