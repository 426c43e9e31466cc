/**
 * The language the interface shows: the system's until the settings are read, then the one the
 * "language" setting names ('system' follows the browser). `showLanguage` resolves once i18next
 * has switched, so every string drawn after it is in the new language.
 */
import { useCallback, useState } from 'react';
import type { Locale, Settings } from '../../../contract';
import { changeLocale, resolveLocale } from './index';

export interface LocaleState {
  locale: Locale;
  showLanguage: (setting: Settings['language']) => Promise<void>;
}

export function useLocale(initial: Locale): LocaleState {
  const [locale, setLocale] = useState(initial);
  const showLanguage = useCallback(async (setting: Settings['language']) => {
    const next = resolveLocale(setting);
    setLocale(next);
    await changeLocale(next);
  }, []);
  return { locale, showLanguage };
}
