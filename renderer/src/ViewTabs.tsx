/**
 * The top bar's view tabs, with the update badge on Updates: a dot when all is well, the state
 * in a word when it needs a look ("Offline", "May be out of date", "Update refused"). Memoised:
 * the app frame re-renders on every keystroke and every answer, the tabs only when the view or
 * the badge change.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusTone } from './features/sync/status-words';

export type View = 'search' | 'events' | 'shortlists' | 'sync' | 'settings';
const VIEWS: readonly View[] = ['search', 'events', 'shortlists', 'sync', 'settings'];

/** What the badge shows: its tone and word (null while the status is being read). */
export interface UpdateBadge {
  tone: StatusTone;
  word: string;
}

interface Props {
  view: View;
  badge: UpdateBadge | null;
  onSelect: (view: View) => void;
}

export const ViewTabs = memo(function ViewTabs({ view, badge, onSelect }: Props) {
  const { t } = useTranslation();
  // Quiet when all is well (or a check runs): a dot, with the word for screen readers only.
  const quiet = badge === null || badge.tone === 'ok' || badge.tone === 'info';
  return (
    <nav className="view-tabs" aria-label={t('app.nav.label')}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          className={`tab${v === view ? ' selected' : ''}`}
          aria-current={v === view ? 'page' : undefined}
          onClick={() => {
            onSelect(v);
          }}
        >
          {t(`app.nav.${v}`)}
          {v === 'sync' && badge !== null && (
            <span className={`update-badge tone-${badge.tone}`} data-testid="update-badge">
              <span className={`status-dot ${badge.tone}`} aria-hidden="true" />
              <span className={quiet ? 'visually-hidden' : 'update-badge-word'}>{badge.word}</span>
            </span>
          )}
        </button>
      ))}
    </nav>
  );
});
