/**
 * Automatic updates in Settings: on or off, and how often the app checks. When `catalogue serve
 * --check-every` fixed them for everyone using the server, they are shown, not offered.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../contract';
import { durationWords } from '../sync/times';
import type { SettingsChange } from './useSettings';

/** The intervals offered; the one in force is added when it is another (set by the server). */
const INTERVALS = ['15m', '1h', '6h', '12h', '1d', '1w'] as const;

interface Props {
  settings: Settings;
  onChange: (change: SettingsChange) => Promise<void>;
}

export function AutoUpdateSettings({ settings, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const fixed = settings.updatesFixed;
  const intervals: string[] = INTERVALS.includes(settings.checkEvery as (typeof INTERVALS)[number])
    ? [...INTERVALS]
    : [...INTERVALS, settings.checkEvery];
  return (
    <div className="card form-card">
      <h3>{t('settings.updates')}</h3>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={settings.autoUpdate}
          disabled={fixed}
          aria-describedby={fixed ? `${id}-fixed` : undefined}
          onChange={(e) => void onChange({ autoUpdate: e.target.checked })}
        />
        <span>{t('settings.autoUpdate')}</span>
      </label>
      <label className="form-row">
        <span>{t('settings.checkEvery')}</span>
        <select
          value={settings.checkEvery}
          disabled={fixed || !settings.autoUpdate}
          aria-describedby={fixed ? `${id}-fixed` : undefined}
          onChange={(e) => void onChange({ checkEvery: e.target.value })}
        >
          {intervals.map((every) => (
            <option key={every} value={every}>
              {durationWords(every, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      {fixed && (
        <p id={`${id}-fixed`} className="muted small">
          {t('settings.updatesFixed')}
        </p>
      )}
    </div>
  );
}
