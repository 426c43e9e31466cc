/** The header's update badge: the status's word and tone (null until the status is known). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import type { UpdateBadge } from '../../ViewTabs';
import { statusWords } from './status-words';
import type { SyncState } from './useSync';

export function useUpdateBadge(sync: SyncState, locale: Locale): UpdateBadge | null {
  const { t } = useTranslation();
  const { status, systemOnline, syncing } = sync;
  return useMemo(() => {
    if (status === null) return null;
    const words = statusWords(status, { t, locale, now: new Date(), systemOnline, syncing });
    return { tone: words.tone, word: words.badge };
  }, [status, systemOnline, syncing, t, locale]);
}
