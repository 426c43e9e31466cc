/**
 * The update status in words, decided once for the header badge and the Updates view
 * (docs/api.md, "Automatic updates and the status"): a short badge word, a headline with its
 * times ("Up to date — checked 3 minutes ago"; "Offline — last checked …, next try at …"; "May
 * be out of date since DATE"; refused with the code's sentence), a tone, and a detail line.
 *
 * "Offline" is said only when the system reports it is offline or the last attempt got no
 * answer at all (#15.6); a folder that is not there, or a host that answered without a
 * catalogue, is a refusal that names the place.
 */
import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../../../contract';
import { errorSentence } from './error-text';
import { calendarDate, moment, timeAgo } from './times';

export type StatusTone = 'ok' | 'info' | 'warning' | 'error';

export interface StatusWords {
  /** What the badge and the view are about: the API's state, or what the UI knows better. */
  kind: SyncStatus['state'] | 'checking' | 'system-offline';
  tone: StatusTone;
  badge: string;
  headline: string;
  /** A sentence saying what it means or what to do; null when the headline says it all. */
  detail: string | null;
}

interface Context {
  t: TFunction;
  locale: string;
  now: Date;
  /** The system's own view (navigator.onLine): false means no network at all. */
  systemOnline: boolean;
  syncing: boolean;
}

export function statusWords(status: SyncStatus, context: Context): StatusWords {
  const { t, locale, now } = context;
  const ago = (iso: string) => timeAgo(iso, now, locale) ?? t('updates.justNow');
  const lastCheck = status.lastCheck;
  const next = status.nextCheck === null ? null : moment(status.nextCheck, now, locale);
  const nextLine = next === null ? null : t('updates.detail.nextCheck', { next });
  const badge = (kind: StatusWords['kind']) => t(`updates.badge.${kind}`);

  if (context.syncing) {
    return {
      kind: 'checking',
      tone: 'info',
      badge: badge('checking'),
      headline: t('updates.headline.checking'),
      detail: null,
    };
  }
  if (!context.systemOnline && status.state !== 'refused') {
    return {
      kind: 'system-offline',
      tone: 'warning',
      badge: badge('offline'),
      headline:
        lastCheck === null
          ? t('updates.headline.offlineNever')
          : t('updates.headline.offline', { ago: ago(lastCheck) }),
      detail: t('updates.detail.systemOffline'),
    };
  }
  switch (status.state) {
    case 'up-to-date':
      return {
        kind: 'up-to-date',
        tone: 'ok',
        badge: badge('up-to-date'),
        headline: t('updates.headline.upToDate', {
          ago: ago(status.lastSuccess ?? lastCheck ?? now.toISOString()),
        }),
        detail: status.autoUpdate ? nextLine : t('updates.detail.autoOff'),
      };
    case 'offline':
      return {
        kind: 'offline',
        tone: 'warning',
        badge: badge('offline'),
        headline:
          lastCheck === null
            ? t('updates.headline.offlineNever')
            : next === null
              ? t('updates.headline.offline', { ago: ago(lastCheck) })
              : t('updates.headline.offlineNext', { ago: ago(lastCheck), next }),
        detail: status.lastError === null ? null : errorSentence(t, status.lastError),
      };
    case 'out-of-date':
      return {
        kind: 'out-of-date',
        tone: 'warning',
        badge: badge('out-of-date'),
        headline: t('updates.headline.outOfDate', {
          date: calendarDate(status.outOfDateSince ?? status.expires ?? '', locale),
        }),
        detail: t('updates.detail.outOfDate'),
      };
    case 'refused':
      return {
        kind: 'refused',
        tone: 'error',
        badge: badge('refused'),
        headline:
          lastCheck === null
            ? t('updates.headline.refusedNow')
            : t('updates.headline.refused', { ago: ago(lastCheck) }),
        detail: status.lastError === null ? null : errorSentence(t, status.lastError),
      };
    case 'never-checked':
      return {
        kind: 'never-checked',
        tone: 'info',
        badge: badge('never-checked'),
        headline: t('updates.headline.neverChecked'),
        detail: status.autoUpdate ? nextLine : t('updates.detail.autoOff'),
      };
  }
}
