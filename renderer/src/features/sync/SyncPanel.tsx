/**
 * Catalogue updates: online or offline, the catalogue's version and dates, the last check, a
 * progress bar while a sync runs, the last problem as a sentence saying what to do, and
 * "Sync now". Nothing here blocks the rest of the app: search keeps answering from the old
 * catalogue until a new one is committed.
 */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { errorSentence, isOfflineError } from './error-text';
import type { SyncState } from './useSync';

function formatDateTime(iso: string | null | undefined, locale: Locale, never: string): string {
  if (iso == null) return never;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: iso.length > 10 ? 'short' : undefined,
  });
}

function progressFraction(p: SyncState['progress']): number | undefined {
  if (p === null) return undefined;
  if (p.totalRecords !== undefined && p.totalRecords > 0 && p.records !== undefined)
    return p.records / p.totalRecords;
  if (p.totalBytes !== undefined && p.totalBytes > 0 && p.bytes !== undefined)
    return p.bytes / p.totalBytes;
  return undefined;
}

export function SyncPanel({ sync, locale }: { sync: SyncState; locale: Locale }) {
  const { t } = useTranslation();
  const { status, online, progress, syncing, outcome, error } = sync;
  const never = t('sync.never');
  const problem = error ?? outcome?.error ?? status?.lastError ?? null;
  const fraction = progressFraction(progress);

  return (
    <section className="page sync-page" aria-labelledby="sync-title">
      <h2 id="sync-title" className="page-title">
        {t('sync.title')}
      </h2>
      <p className={`status-line ${online ? 'online' : 'offline'}`} role="status">
        <span className="status-dot" aria-hidden="true" />
        {online ? t('sync.online') : t('sync.offline')}
      </p>

      <dl className="fields card">
        <div className="field">
          <dt>{t('sync.version')}</dt>
          <dd data-testid="catalogue-version">
            {status === null
              ? '…'
              : t('sync.versionValue', {
                  version: status.version,
                  source: t(`sync.sources.${status.source ?? 'none'}`),
                })}
          </dd>
        </div>
        <div className="field">
          <dt>{t('sync.issued')}</dt>
          <dd>{formatDateTime(status?.issued, locale, '—')}</dd>
        </div>
        {status?.expires != null && (
          <div className="field">
            <dt>{t('sync.expires')}</dt>
            <dd>{formatDateTime(status.expires, locale, '—')}</dd>
          </div>
        )}
        <div className="field">
          <dt>{t('sync.lastCheck')}</dt>
          <dd>{formatDateTime(status?.lastCheck, locale, never)}</dd>
        </div>
        <div className="field">
          <dt>{t('sync.lastSuccess')}</dt>
          <dd>{formatDateTime(status?.lastSuccess, locale, never)}</dd>
        </div>
        <div className="field">
          <dt>{t('sync.feed')}</dt>
          <dd className="break">{status?.feedUrl ?? '—'}</dd>
        </div>
      </dl>

      <div className="sync-actions">
        <button
          type="button"
          className="button primary"
          disabled={syncing}
          onClick={() => void sync.syncNow()}
        >
          {syncing ? t('sync.syncing') : t('sync.now')}
        </button>
        {syncing && (
          <div className="progress-wrap">
            <progress
              className="progress"
              aria-label={t('sync.progressLabel')}
              max={1}
              value={fraction}
            />
            <span className="muted small">
              {progress === null ? '' : t(`sync.phases.${progress.phase}`)}
            </span>
          </div>
        )}
      </div>

      <div role="alert" className="sync-messages">
        {!syncing && outcome !== null && outcome.status === 'updated' && (
          <p className="notice success">
            {t('sync.updated', { version: outcome.version, ...outcome.changes })}
          </p>
        )}
        {!syncing && outcome !== null && outcome.status === 'up-to-date' && (
          <p className="notice success">{t('sync.upToDate', { version: outcome.version })}</p>
        )}
        {!syncing && problem !== null && (
          <p
            className={`notice ${isOfflineError(problem.code) ? 'warning' : 'error'}`}
            data-error-code={problem.code}
          >
            <strong>{t('sync.lastError')}:</strong> {errorSentence(t, problem)}
          </p>
        )}
      </div>
    </section>
  );
}
