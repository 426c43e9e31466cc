/**
 * Updates: the status in words with its times, which catalogue this computer holds, *Sync now*
 * (which joins a check already running) with its progress, passing the catalogue on through a
 * folder, and What's new. Nothing here blocks the rest of the app: search keeps answering from
 * the old catalogue until a new one is committed.
 */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { CatalogueFacts } from './CatalogueFacts';
import { errorSentence } from './error-text';
import { FolderActions } from './FolderActions';
import { statusWords } from './status-words';
import { useNow } from './useNow';
import type { SyncState } from './useSync';
import { WhatsNew } from './WhatsNew';
import { Page } from '../../Page';

function progressFraction(p: SyncState['progress']): number | undefined {
  if (p === null) return undefined;
  if (p.totalRecords !== undefined && p.totalRecords > 0 && p.records !== undefined)
    return p.records / p.totalRecords;
  if (p.totalBytes !== undefined && p.totalBytes > 0 && p.bytes !== undefined)
    return p.bytes / p.totalBytes;
  return undefined;
}

interface Props {
  sync: SyncState;
  locale: Locale;
  onOpen: (id: string) => void;
}

export function UpdatesView({ sync, locale, onOpen }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const { status, progress, syncing, waiting, outcome, error } = sync;
  const words =
    status === null
      ? null
      : statusWords(status, { t, locale, now, systemOnline: sync.systemOnline, syncing });
  const fraction = progressFraction(progress);
  const problem = status?.lastError ?? null;

  return (
    <Page name="sync" title={t('updates.title')}>
      {words !== null && (
        <div className={`card status-card tone-${words.tone}`} data-update-state={words.kind}>
          <p className="status-headline" role="status">
            <span className={`status-dot ${words.tone}`} aria-hidden="true" />
            {words.headline}
          </p>
          {words.detail !== null && (
            <p
              className="status-detail"
              data-error-code={
                problem !== null && (words.kind === 'refused' || words.kind === 'offline')
                  ? problem.code
                  : undefined
              }
            >
              {words.detail}
            </p>
          )}
        </div>
      )}

      <div className="sync-actions">
        <button
          type="button"
          className="button primary"
          disabled={waiting}
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
        {!waiting && outcome !== null && outcome.status === 'updated' && (
          <p className="notice success">
            {t('sync.updated', { version: outcome.version, ...outcome.changes })}
          </p>
        )}
        {!waiting && outcome !== null && outcome.status === 'up-to-date' && (
          <p className="notice success">{t('sync.upToDate', { version: outcome.version })}</p>
        )}
        {!waiting && error !== null && (
          <p className="notice error" data-error-code={error.code}>
            {errorSentence(t, error)}
          </p>
        )}
      </div>

      {status !== null && <CatalogueFacts status={status} locale={locale} />}
      <FolderActions sync={sync} />
      <WhatsNew locale={locale} refreshToken={sync.catalogueVersion} onOpen={onOpen} />
    </Page>
  );
}
