/**
 * The user's settings: read once when the app starts, saved through the API. Their language is
 * handed to `showLanguage` as read and after every save; a save resolves only once the new
 * language is shown, so Settings reports "saved" when the change is on screen. (The theme
 * follows `settings.theme` by itself: see useTheme.)
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { Settings } from '../../../../contract';
import { useApi } from '../../api-context';

/** What the Settings view may change; the rest of Settings is the app's own. */
export type SettingsChange = Partial<
  Pick<Settings, 'language' | 'theme' | 'feedUrl' | 'autoUpdate' | 'checkEvery'>
>;

export interface SettingsState {
  /** Null until the settings are read. */
  settings: Settings | null;
  /** Rejects with the API's error (an invalid feed address, say), and then changes nothing. */
  saveSettings: (change: SettingsChange) => Promise<Settings>;
}

export function useSettings(
  showLanguage: (language: Settings['language']) => Promise<void>,
): SettingsState {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | null>(null);
  // The newest callback, without reading the settings again when it changes.
  const showReadLanguage = useEffectEvent(showLanguage);

  useEffect(() => {
    let live = true;
    void api.getSettings().then((read) => {
      if (!live) return;
      setSettings(read);
      void showReadLanguage(read.language);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const saveSettings = useCallback(
    async (change: SettingsChange) => {
      const saved = await api.setSettings(change);
      setSettings(saved);
      await showLanguage(saved.language);
      return saved;
    },
    [api, showLanguage],
  );

  return { settings, saveSettings };
}
