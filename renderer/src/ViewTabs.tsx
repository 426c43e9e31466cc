/**
 * The top bar's view tabs, with the online dot on Updates. Memoised: the app frame re-renders
 * on every keystroke and every answer, the tabs only when the view or the online state change.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

export type View = 'search' | 'events' | 'shortlists' | 'sync' | 'settings';
const VIEWS: readonly View[] = ['search', 'events', 'shortlists', 'sync', 'settings'];

interface Props {
  view: View;
  online: boolean;
  onSelect: (view: View) => void;
}

export const ViewTabs = memo(function ViewTabs({ view, online, onSelect }: Props) {
  const { t } = useTranslation();
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
          {v === 'sync' && (
            <span className={`status-dot ${online ? 'online' : 'offline'}`} aria-hidden="true" />
          )}
        </button>
      ))}
    </nav>
  );
});
