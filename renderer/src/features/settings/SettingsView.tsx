/**
 * Settings: language, theme, the update (feed) address and automatic updates; and what this app
 * is. A refused address is said as a sentence naming it (#15.6), not as the API's message.
 */
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, toApiError, type AppInfo, type Settings } from '../../../../contract';
import { useApi } from '../../api-context';
import { LANGUAGE_NAMES, UI_LOCALES } from '../../i18n';
import { errorSentence } from '../sync/error-text';
import { AutoUpdateSettings } from './AutoUpdateSettings';
import type { SettingsChange } from './useSettings';
import { Page } from '../../Page';

interface Props {
  settings: Settings | null;
  onChange: (change: SettingsChange) => Promise<void>;
}

/** A typed value as a message shows it: trimmed, and cut when long. */
function shown(value: string): string {
  const text = value.trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

export function SettingsView({ settings, onChange }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const [feedUrl, setFeedUrl] = useState(settings?.feedUrl ?? '');
  const [message, setMessage] = useState<{ text: string; error: boolean }>({
    text: '',
    error: false,
  });
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    setFeedUrl(settings?.feedUrl ?? '');
  }, [settings?.feedUrl]);

  useEffect(() => {
    void api.appInfo().then(setInfo, () => undefined);
  }, [api]);

  async function apply(next: SettingsChange) {
    try {
      await onChange(next);
      setMessage({ text: t('settings.saved'), error: false });
    } catch (error) {
      const e = toApiError(error);
      // The only setting a person types is the address: its refusals name what was typed.
      const value = shown(next.feedUrl ?? '');
      let text = errorSentence(t, e);
      if (next.feedUrl !== undefined && e.code === 'INVALID_ARGUMENT') {
        text = t('settings.feedInvalid', { value });
      } else if (next.feedUrl !== undefined && e.code === 'NOT_FOUND') {
        text = t('settings.folderMissing', { value });
      }
      setMessage({ text, error: true });
    }
  }

  function saveFeed(event: SyntheticEvent) {
    event.preventDefault();
    void apply({ feedUrl: feedUrl.trim() });
  }

  if (settings === null) return <p className="page muted">{t('app.loading')}</p>;

  return (
    <Page name="settings" title={t('settings.title')}>
      <div className="card form-card">
        <label className="form-row">
          <span>{t('settings.language')}</span>
          <select
            value={settings.language}
            onChange={(e) => void apply({ language: e.target.value as Settings['language'] })}
          >
            <option value="system">{t('settings.languageSystem')}</option>
            {UI_LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="form-row">
          <span>{t('settings.theme')}</span>
          <select
            value={settings.theme}
            onChange={(e) => void apply({ theme: e.target.value as Settings['theme'] })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`settings.themes.${theme}`)}
              </option>
            ))}
          </select>
        </label>
        <form className="form-row" onSubmit={saveFeed}>
          <label htmlFor="feed-url">{t('settings.feedUrl')}</label>
          <div className="inline-form">
            <input
              id="feed-url"
              type="text"
              value={feedUrl}
              aria-describedby="feed-url-hint"
              aria-invalid={message.error ? true : undefined}
              onChange={(e) => {
                setFeedUrl(e.target.value);
              }}
            />
            <button type="submit" className="button">
              {t('settings.save')}
            </button>
          </div>
          <p id="feed-url-hint" className="muted small">
            {t('settings.feedUrlHint')}{' '}
            {settings.feedUrl !== settings.defaultFeedUrl && (
              <button
                type="button"
                className="link-button"
                onClick={() => void apply({ feedUrl: settings.defaultFeedUrl })}
              >
                {t('settings.feedDefault')}
              </button>
            )}
          </p>
        </form>
        <p role="status" className="small">
          {!message.error && message.text}
        </p>
        <div role="alert">
          {message.error && (
            <p className="notice error" data-testid="settings-error">
              {message.text}
            </p>
          )}
        </div>
      </div>
      <AutoUpdateSettings settings={settings} onChange={apply} />
      {info !== null && (
        <div className="card">
          <h3>{t('settings.about')}</h3>
          <p>
            {t('settings.aboutText', {
              app: info.appName,
              version: info.appVersion,
              catalogue: info.catalogueVersion,
              organisations: info.organisations,
              events: info.events,
            })}
          </p>
        </div>
      )}
    </Page>
  );
}
