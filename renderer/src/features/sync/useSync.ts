/**
 * Sync state for the whole app: the catalogue's version and last check (from the API), whether
 * we are online (the browser's navigator.onLine and the last check's result), the progress of a
 * running sync (pushed events) and "Sync now". `catalogueVersion` changes when a sync applied a
 * new catalogue, so searches and profiles reload.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  toApiError,
  type ApiError,
  type SyncOutcome,
  type SyncProgress,
  type SyncStatus,
} from '../../../../contract';
import { useApi } from '../../api-context';
import { isOfflineError } from './error-text';

export interface SyncState {
  status: SyncStatus | null;
  online: boolean;
  progress: SyncProgress | null;
  syncing: boolean;
  outcome: SyncOutcome | null;
  error: ApiError | null;
  /** Increases each time a sync changed the catalogue. */
  catalogueVersion: number;
  syncNow: () => Promise<void>;
  reload: () => Promise<void>;
}

export function useSync(): SyncState {
  const api = useApi();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [browserOnline, setBrowserOnline] = useState(navigator.onLine);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
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
      setBrowserOnline(true);
    };
    const off = () => {
      setBrowserOnline(false);
    };
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    const stopProgress = api.subscribe('sync-progress', (p) => {
      setProgress(p);
      setSyncing(p.phase !== 'done');
    });
    const stopFinished = api.subscribe('sync-finished', (o) => {
      setOutcome(o);
      setSyncing(false);
      setProgress(null);
      if (o.status === 'updated') setCatalogueVersion((v) => v + 1);
      void reload();
    });
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
      stopProgress();
      stopFinished();
    };
  }, [api, reload]);

  const syncNow = useCallback(async () => {
    setSyncing(true);
    setError(null);
    setOutcome(null);
    setProgress({ phase: 'fetch-index' });
    try {
      const result = await api.syncNow();
      setOutcome(result);
      if (result.status === 'updated') setCatalogueVersion((v) => v + 1);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setSyncing(false);
      setProgress(null);
      await reload();
    }
  }, [api, reload]);

  const lastCode = outcome?.error?.code ?? status?.lastError?.code;
  const online = browserOnline && !isOfflineError(lastCode);
  return { status, online, progress, syncing, outcome, error, catalogueVersion, syncNow, reload };
}
