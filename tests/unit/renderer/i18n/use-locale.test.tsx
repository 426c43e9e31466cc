// @vitest-environment jsdom
/** The language setting becomes the locale the app passes on and the language i18next shows. */
import i18next from 'i18next';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { initI18n, systemLocale } from '../../../../renderer/src/i18n';
import { useLocale } from '../../../../renderer/src/i18n/useLocale';
import { fakeClient, renderHook } from '../harness';

describe('useLocale', () => {
  it('starts with the given locale and shows a chosen language, or the system’s', async () => {
    initI18n('en');
    const { client } = fakeClient({});
    const probe = renderHook(client, () => useLocale('it'), {});
    expect(probe.current().locale).toBe('it');

    await act(() => probe.current().showLanguage('de'));
    // Resolved: i18next and the page already speak German.
    expect(i18next.language).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(probe.current().locale).toBe('de');

    await act(() => probe.current().showLanguage('system'));
    expect(probe.current().locale).toBe(systemLocale());
    expect(i18next.language).toBe(systemLocale());
    probe.unmount();
  });
});
