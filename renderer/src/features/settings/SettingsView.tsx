/** Settings: language, theme and the update (feed) address; and what this app is. */
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, toApiError, type AppInfo, type Settings } from '../../../../contract';
import { useApi } from '../../api-context';
import { LANGUAGE_NAMES, UI_LOCALES } from '../../i18n';
import { errorSentence } from '../sync/error-text';
import type { SettingsChange } from './useSettings';

interface Props {
  settings: Settings | null;
  onChange: (change: SettingsChange) => Promise<void>;
}

export function SettingsView({ settings, onChange }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const [feedUrl, setFeedUrl] = useState(settings?.feedUrl ?? '');
  const [message, setMessage] = useState('');
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
      setMessage(t('settings.saved'));
    } catch (error) {
      const e = toApiError(error);
      setMessage(
        e.code === 'INVALID_ARGUMENT'
          ? `${t('settings.feedUrlHint')} (${e.message})`
          : errorSentence(t, e),
      );
    }
  }

  function saveFeed(event: SyntheticEvent) {
    event.preventDefault();
    void apply({ feedUrl: feedUrl.trim() });
  }

  if (settings === null) return <p className="page muted">{t('app.loading')}</p>;

  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <h2 id="settings-title" className="page-title">
        {t('settings.title')}
      </h2>
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
          {message}
        </p>
      </div>
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
    </section>
  );
}
