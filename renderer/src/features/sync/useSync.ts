/**
 * Update state for the whole app: the status (read once, then pushed as `update-status`
 * whenever it changes: a check starts or ends, the settings change), whether the system is
 * online (navigator.onLine; going online asks the app to check at once: `networkOnline`), the
 * progress of a running sync, *Sync now* (which joins a check already running), updating from
 * and saving to a folder, and the quiet notice after an automatic update.
 * `catalogueVersion` increases when a sync applied a new catalogue, so what was read from the
 * old one is read again while the user's text, filters, selection and open profile stay.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  toApiError,
  type ApiError,
  type ApiResult,
  type SyncOutcome,
  type SyncProgress,
  type SyncStatus,
} from '../../../../contract';
import { useApi } from '../../api-context';

/** What an automatic update brought, for the notice: organisations new, changed, withdrawn. */
export interface UpdateNotice {
  version: number;
  added: number;
  changed: number;
  withdrawn: number;
}

type ShareResult = ApiResult<'shareCatalogue'>;

export interface SyncState {
  status: SyncStatus | null;
  systemOnline: boolean;
  progress: SyncProgress | null;
  /** A sync runs: one this window started, or an automatic check. */
  syncing: boolean;
  /** This window waits for a sync it asked for (Sync now, a folder): its buttons wait too. */
  waiting: boolean;
  /** The outcome of the last sync this window started (Sync now, a folder). */
  outcome: SyncOutcome | null;
  /** A call that failed before any sync ran (the address refused, say). */
  error: ApiError | null;
  notice: UpdateNotice | null;
  dismissNotice: () => void;
  /** Increases each time a sync changed the catalogue. */
  catalogueVersion: number;
  syncNow: () => Promise<void>;
  syncFromFolder: (folder: string) => Promise<void>;
  /** Rejects with the API's error (NOTHING_TO_SHARE, NEWER_IN_FOLDER, …). */
  share: (folder: string) => Promise<ShareResult>;
  reload: () => Promise<void>;
}

export function useSync(): SyncState {
  const api = useApi();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [systemOnline, setSystemOnline] = useState(navigator.onLine);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<UpdateNotice | null>(null);
  const [catalogueVersion, setCatalogueVersion] = useState(0);

  const reload = useCallback(async () => {
    try {
      setStatus(await api.syncStatus());
    } catch (e) {
      setError(toApiError(e));
    }
  }, [api]);

  useEffect(() => {
    void reload();
    const on = () => {
      setSystemOnline(true);
      // The system says the network is back: check now rather than at the next try.
      api.networkOnline().catch(() => undefined);
    };
    const off = () => {
      setSystemOnline(false);
    };
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    const stopStatus = api.subscribe('update-status', setStatus);
    const stopProgress = api.subscribe('sync-progress', (p) => {
      setProgress(p.phase === 'done' ? null : p);
    });
    const stopFinished = api.subscribe('sync-finished', (o) => {
      setProgress(null);
      if (o.status !== 'updated') return;
      setCatalogueVersion((v) => v + 1);
      if (!o.automatic) return;
      // Organisations only: the notice speaks of what the user searches and keeps in lists.
      const fallback = {
        version: o.version,
        added: o.changes.added,
        changed: o.changes.changed,
        withdrawn: o.changes.removed,
      };
      api.listChanges({ limit: 1 }).then(
        ({ changeSets: [latest] }) => {
          setNotice(
            latest?.version === o.version
              ? {
                  version: latest.version,
                  added: latest.organisations.added.length,
                  changed: latest.organisations.changed.length,
                  withdrawn: latest.organisations.removed.length,
                }
              : fallback,
          );
        },
        () => {
          setNotice(fallback);
        },
      );
    });
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
      stopStatus();
      stopProgress();
      stopFinished();
    };
  }, [api, reload]);

  const run = useCallback(
    async (sync: () => Promise<SyncOutcome>) => {
      setRunning(true);
      setError(null);
      setOutcome(null);
      setProgress({ phase: 'fetch-index' });
      try {
        const result = await sync();
        setOutcome(result);
        // sync-finished counts it too; reading again twice is cheap, missing it is not (the
        // event stream may reconnect at that moment).
        if (result.status === 'updated') setCatalogueVersion((v) => v + 1);
      } catch (e) {
        setError(toApiError(e));
      } finally {
        setRunning(false);
        setProgress(null);
        await reload();
      }
    },
    [reload],
  );

  const syncNow = useCallback(() => run(() => api.syncNow()), [api, run]);
  const syncFromFolder = useCallback(
    (folder: string) => run(() => api.syncFromFolder({ folder })),
    [api, run],
  );
  const share = useCallback((folder: string) => api.shareCatalogue({ out: folder }), [api]);
  const dismissNotice = useCallback(() => {
    setNotice(null);
  }, []);

  return {
    status,
    systemOnline,
    progress,
    syncing: running || status?.syncing === true,
    waiting: running,
    outcome,
    error,
    notice,
    dismissNotice,
    catalogueVersion,
    syncNow,
    syncFromFolder,
    share,
    reload,
  };
}
