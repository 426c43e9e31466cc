/**
 * i18next with every language bundled (the app works offline; the strings are small). All eight
 * network languages are complete (the compiler and tests/unit/renderer/i18n/i18n-complete.test.ts
 * check every key); English stays the fallback only for a key added to en.ts before the others.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../../contract';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { hu } from './hu';
import { it } from './it';
import { numberFormatter } from './numbers';
import { pl } from './pl';
import { sk } from './sk';
import { sl } from './sl';

/** The UI's languages: the network's, as the contract lists them. */
export const UI_LOCALES: readonly Locale[] = LOCALES;

/** Each language by its own name, as language pickers list them: the same in every language. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  it: 'Italiano',
  sk: 'Slovenčina',
  cs: 'Čeština',
  hu: 'Magyar',
  pl: 'Polski',
  sl: 'Slovenščina',
};

const resources = {
  en: { translation: en },
  de: { translation: de },
  it: { translation: it },
  sk: { translation: sk },
  cs: { translation: cs },
  hu: { translation: hu },
  pl: { translation: pl },
  sl: { translation: sl },
};

/** The supported language closest to the browser's preferences, English otherwise. */
export function systemLocale(languages: readonly string[] = navigator.languages): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const found = UI_LOCALES.find((l) => l === base);
    if (found !== undefined) return found;
  }
  return 'en';
}

/** Resolves the "language" setting ('system' or a locale) to the locale the UI shows. */
export function resolveLocale(setting: string | undefined): Locale {
  const found = UI_LOCALES.find((l) => l === setting);
  return found ?? systemLocale();
}

export function initI18n(locale: Locale): typeof i18next {
  void i18next
    .use(initReactI18next)
    .use(numberFormatter)
    .init({
      resources,
      lng: locale,
      fallbackLng: 'en',
      initAsync: false,
      // React escapes; catalogue text is never HTML. Every number goes through numbers.ts.
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  document.documentElement.lang = locale;
  return i18next;
}

export async function changeLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
