/**
 * The application frame: the top bar (search, views, online state), the current view, and the
 * profile panel beside it. The frame's own state is which view is shown, which profile is open
 * and what is searched for; everything else shared by the views comes from a hook with one job
 * (settings, language, theme, taxonomy, sync, the active result, the selection, the export
 * dialog, the desktop menu), composed here.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Locale } from '../../contract';
import { EventsView } from './features/events/EventsView';
import { ExportDialog } from './features/exporting/ExportDialog';
import { useExportRequest } from './features/exporting/useExportRequest';
import { useFacetLabels } from './features/facets/useFacetLabels';
import { useTaxonomy } from './features/facets/useTaxonomy';
import { ProfilePanel } from './features/profile/ProfilePanel';
import { SearchBox } from './features/search/SearchBox';
import { SearchPage } from './features/search/SearchPage';
import { INITIAL_SEARCH, toQuery, type SearchState } from './features/search/search-state';
import { useActiveResult, type NavigationKey } from './features/search/useActiveResult';
import { useSearch } from './features/search/useSearch';
import { useSelection } from './features/search/useSelection';
import { SettingsView } from './features/settings/SettingsView';
import { useSettings, type SettingsChange } from './features/settings/useSettings';
import { useTheme } from './features/settings/useTheme';
import { ShortlistsProvider } from './features/shortlists/shortlists-context';
import { ShortlistsView } from './features/shortlists/ShortlistsView';
import { SyncPanel } from './features/sync/SyncPanel';
import { useSync } from './features/sync/useSync';
import { useLocale } from './i18n/useLocale';
import { useWords } from './i18n/useWords';
import { useMenuCommands } from './useMenuCommands';
import { ViewTabs, type View } from './ViewTabs';

const RESULTS_ID = 'search-results';

export function App({ initialLocale }: { initialLocale: Locale }) {
  const t = useWords();
  const sync = useSync();
  const { syncNow, reload: reloadSyncStatus } = sync;
  // Increases when a sync brought a new catalogue: what was read from the old one is read again.
  const refreshToken = sync.catalogueVersion;
  const { locale, showLanguage } = useLocale(initialLocale);
  const { settings, saveSettings } = useSettings(showLanguage);
  useTheme(settings?.theme);
  const taxonomy = useTaxonomy(locale, refreshToken);
  const labelOf = useFacetLabels(taxonomy, t);

  const [view, setView] = useState<View>('search');
  const [openId, setOpenId] = useState<string | null>(null);
  const [search, setSearch] = useState<SearchState>(INITIAL_SEARCH);
  const query = useMemo(() => toQuery(search, locale), [search, locale]);
  const results = useSearch(query, refreshToken);
  const active = useActiveResult(results, setOpenId);
  const selection = useSelection();
  const exporting = useExportRequest();
  const { open: openExport } = exporting;

  useMenuCommands((command) => {
    if (command === 'export') openExport('query');
    else if (command === 'sync') {
      setView('sync');
      void syncNow();
    } else setView('settings');
  });

  const changeSettings = useCallback(
    async (change: SettingsChange) => {
      await saveSettings(change);
      // The sync status names the feed: a new address is shown at once.
      if (change.feedUrl !== undefined) await reloadSyncStatus();
    },
    [saveSettings, reloadSyncStatus],
  );

  // Typing or moving through results in the search box brings the results back into view.
  function onText(text: string) {
    setSearch((s) => ({ ...s, text }));
    if (view !== 'search') setView('search');
  }
  function onNavigate(key: NavigationKey) {
    if (view !== 'search') setView('search');
    active.navigate(key);
  }

  // Stable while the selection's size is, for the memoised search page.
  const hasSelection = selection.selected.size > 0;
  const exportResults = useCallback(() => {
    openExport(hasSelection ? 'ids' : 'query');
  }, [openExport, hasSelection]);

  return (
    <ShortlistsProvider refreshToken={refreshToken}>
      <div className="app">
        <header className="top-bar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">{t('app.title')}</span>
          </div>
          <SearchBox
            value={search.text}
            onChange={onText}
            onNavigate={onNavigate}
            activeId={view === 'search' ? active.rowId : undefined}
            resultsId={view === 'search' && results.total > 0 ? RESULTS_ID : undefined}
          />
          <ViewTabs view={view} online={sync.online} onSelect={setView} />
        </header>
        <div className={`workspace${openId !== null ? ' with-profile' : ''}`}>
          <main className="main" id="main">
            {view === 'search' && (
              <SearchPage
                filters={search.filters}
                sort={search.sort}
                view={results}
                resultsId={RESULTS_ID}
                activeIndex={active.index}
                openId={openId}
                selected={selection.selected}
                labelOf={labelOf}
                onState={setSearch}
                onOpen={active.openAt}
                onToggleSelect={selection.toggle}
                onClearSelection={selection.clear}
                onExport={exportResults}
              />
            )}
            {view === 'events' && (
              <EventsView
                locale={locale}
                sectors={taxonomy?.sectors ?? []}
                refreshToken={refreshToken}
                onOpen={setOpenId}
              />
            )}
            {view === 'shortlists' && (
              <ShortlistsView
                locale={locale}
                onOpen={setOpenId}
                onExport={(name) => {
                  openExport('shortlist', name);
                }}
              />
            )}
            {view === 'sync' && <SyncPanel sync={sync} locale={locale} />}
            {view === 'settings' && <SettingsView settings={settings} onChange={changeSettings} />}
          </main>
          {openId !== null && (
            <ProfilePanel
              id={openId}
              locale={locale}
              refreshToken={refreshToken}
              onOpen={setOpenId}
              onClose={() => {
                setOpenId(null);
              }}
            />
          )}
        </div>
        {exporting.request !== null && (
          <ExportDialog
            query={query}
            total={results.total}
            selection={[...selection.selected]}
            initialScope={exporting.request.scope}
            initialShortlist={exporting.request.shortlist}
            locale={locale}
            onClose={exporting.close}
          />
        )}
      </div>
    </ShortlistsProvider>
  );
}
