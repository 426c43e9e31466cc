/**
 * The application frame: the top bar (search, views, online state), the current view, and the
 * profile panel beside it. The frame's own state is which view is shown, which profile is open
 * and what is searched for; everything else shared by the views comes from a hook with one job
 * (settings, language, theme, taxonomy, sync, the active result, the selection, the export
 * dialog, the desktop menu), composed here.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../contract';
import { EventsView } from './features/events/EventsView';
import { ExportDialog } from './features/exporting/ExportDialog';
import { useExportRequest } from './features/exporting/useExportRequest';
import { useFacetLabels } from './features/facets/useFacetLabels';
import { useTaxonomy } from './features/facets/useTaxonomy';
import { ProfilePanel } from './features/profile/ProfilePanel';
import { useProfileFocus } from './features/profile/useProfileFocus';
import { SearchBox } from './features/search/SearchBox';
import { SearchPage } from './features/search/SearchPage';
import { INITIAL_SEARCH, toQuery, type SearchState } from './features/search/search-state';
import { searchFromUrl, useSearchInUrl } from './features/search/url-state';
import { useActiveResult, type NavigationKey } from './features/search/useActiveResult';
import { useSearch } from './features/search/useSearch';
import { useSelection } from './features/search/useSelection';
import { useWelcome } from './features/search/useWelcome';
import { SettingsView } from './features/settings/SettingsView';
import { useSettings, type SettingsChange } from './features/settings/useSettings';
import { useTheme } from './features/settings/useTheme';
import { ShortlistsProvider } from './features/shortlists/shortlists-context';
import { ShortlistsView } from './features/shortlists/ShortlistsView';
import { UpdateNotice } from './features/sync/UpdateNotice';
import { UpdatesView } from './features/sync/UpdatesView';
import { useUpdateBadge } from './features/sync/useUpdateBadge';
import { useSync } from './features/sync/useSync';
import { useLocale } from './i18n/useLocale';
import { useWords } from './i18n/useWords';
import { useFocusRequest } from './useFocusRequest';
import { focusById, focusResults, focusWhatsNew, RESULTS_ID } from './focus-targets';
import { useFocusRescue } from './useFocusRescue';
import { useMediaQuery } from './useMediaQuery';
import { useMenuCommands } from './useMenuCommands';
import { ViewTabs, type View } from './ViewTabs';

/** Web mode keeps the search in the address; the desktop window has none to keep it in. */
const WEB_MODE = typeof window !== 'undefined' && window.catalogue === undefined;
/**
 * Below these widths the filter column gives its room to the results and becomes a *Filters*
 * drawer: with a profile open (≈440 px) a column of 280 px would leave the results under
 * ≈640 px, where names are cut and the header wraps; without one, below 1000 px.
 */
const COMPACT_WITH_PROFILE = '(max-width: 1359px)';
const COMPACT_ALWAYS = '(max-width: 999px)';

export function App({ initialLocale }: { initialLocale: Locale }) {
  const t = useWords();
  const sync = useSync();
  const { syncNow, reload: reloadSyncStatus, dismissNotice } = sync;
  // Increases when a sync brought a new catalogue: what was read from the old one is read again.
  const refreshToken = sync.catalogueVersion;
  const { locale, showLanguage } = useLocale(initialLocale);
  const badge = useUpdateBadge(sync, locale);
  const { settings, saveSettings } = useSettings(showLanguage);
  useTheme(settings?.theme);
  const taxonomy = useTaxonomy(locale, refreshToken);
  const labelOf = useFacetLabels(taxonomy, t);

  const [view, setView] = useState<View>('search');
  const [openId, setOpenId] = useState<string | null>(null);
  const [search, setSearch] = useState<SearchState>(() =>
    WEB_MODE ? searchFromUrl(window.location.search) : INITIAL_SEARCH,
  );
  useSearchInUrl(search, setSearch, WEB_MODE);
  // The search box searches events while the events view is shown, with words of its own: the
  // organisation search typed before is not carried over (and is back in Search).
  const [eventText, setEventText] = useState('');
  const query = useMemo(() => toQuery(search, locale), [search, locale]);
  // A saved note changes what result rows show (its first line, and what a query finds).
  const [notesSaved, setNotesSaved] = useState(0);
  const noteSaved = useCallback(() => {
    setNotesSaved((n) => n + 1);
  }, []);
  const results = useSearch(query, refreshToken + notesSaved);
  const latest = useRef({ results, view, activeIndex: -1 });

  // Closing a profile returns focus to its row when the results show it, else to its opener.
  const focusRow = useCallback((id: string) => {
    const { results: shown, view: current, activeIndex } = latest.current;
    return current === 'search' && shown.hitAt(activeIndex)?.id === id && focusById(RESULTS_ID);
  }, []);
  const focusSearchBox = useCallback(() => {
    focusById('search-input');
  }, []);
  const profile = useProfileFocus({
    openId,
    setOpenId,
    focusRow,
    focusFallback: focusSearchBox,
  });
  const { open: openProfile } = profile;
  // Enter on a result opens it and moves focus into the profile.
  const openWithFocus = useCallback(
    (id: string) => {
      openProfile(id, true);
    },
    [openProfile],
  );
  const active = useActiveResult(results, openWithFocus);
  const openRowByPointer = useCallback(
    (index: number, id: string) => {
      active.moveTo(index);
      openProfile(id);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- moveTo changes with the count only
    [active.moveTo, openProfile],
  );
  latest.current = { results, view, activeIndex: active.index };
  const selection = useSelection();
  const welcome = useWelcome();
  const exporting = useExportRequest();
  const { open: openExport } = exporting;
  useFocusRescue();

  const narrow = useMediaQuery(COMPACT_WITH_PROFILE);
  const veryNarrow = useMediaQuery(COMPACT_ALWAYS);
  const compactFilters = veryNarrow || (narrow && openId !== null);

  const focusResultsSoon = useFocusRequest(focusResults);
  const focusWhatsNewSoon = useFocusRequest(focusWhatsNew);
  const showWhatsNew = useCallback(() => {
    dismissNotice();
    setView('sync');
    focusWhatsNewSoon();
  }, [dismissNotice, focusWhatsNewSoon]);

  function goToResults() {
    if (view !== 'search') setView('search');
    focusResultsSoon();
  }

  useMenuCommands((command) => {
    if (command === 'export') exporting.openResults();
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

  // Typing or moving through results in the search box brings the results back into view,
  // except in the events view, where the box searches events.
  function onText(text: string) {
    if (view === 'events') {
      setEventText(text);
      return;
    }
    setSearch((s) => ({ ...s, text }));
    if (view !== 'search') setView('search');
  }
  function onNavigate(key: Extract<NavigationKey, 'down' | 'enter'>) {
    if (view === 'events') return;
    if (view !== 'search') setView('search');
    if (key === 'enter') active.navigate('enter');
    else {
      active.moveTo(Math.max(0, active.index));
      goToResults();
    }
  }
  const showEvents = useCallback((text: string) => {
    setEventText(text);
    setView('events');
  }, []);

  const { moveTo } = active;
  const enterList = useCallback(() => {
    moveTo(0);
  }, [moveTo]);

  return (
    <ShortlistsProvider refreshToken={refreshToken}>
      <div className="app">
        <a
          className="skip-link"
          href={`#${RESULTS_ID}`}
          onClick={(event) => {
            event.preventDefault();
            goToResults();
          }}
        >
          {t('app.skipToResults')}
        </a>
        <header className="top-bar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">{t('app.title')}</span>
          </div>
          <SearchBox
            scope={view === 'events' ? 'events' : 'organisations'}
            value={view === 'events' ? eventText : search.text}
            onChange={onText}
            onNavigate={onNavigate}
            resultsId={view === 'search' && results.total > 0 ? RESULTS_ID : undefined}
          />
          <ViewTabs view={view} badge={badge} onSelect={setView} />
        </header>
        <div className={`workspace${openId !== null ? ' with-profile' : ''}`}>
          <main className="main" id="main" tabIndex={-1} data-focus-region="">
            {view === 'search' && (
              <SearchPage
                filters={search.filters}
                sort={search.sort}
                view={results}
                resultsId={RESULTS_ID}
                activeIndex={active.index}
                activeRowId={active.rowId}
                openId={openId}
                compactFilters={compactFilters}
                selected={selection.selected}
                labelOf={labelOf}
                locale={locale}
                refreshToken={refreshToken}
                onShowEvents={showEvents}
                welcome={welcome.show}
                onHideWelcome={welcome.hide}
                onState={setSearch}
                onOpen={openRowByPointer}
                onToggleSelect={selection.toggle}
                onClearSelection={selection.clear}
                onExport={exporting.openResults}
                onExportSelection={exporting.openSelection}
                onNavigate={active.navigate}
                onEnterList={enterList}
                onLeaveTop={focusSearchBox}
              />
            )}
            {view === 'events' && (
              <EventsView
                locale={locale}
                text={eventText}
                refreshToken={refreshToken}
                onOpen={openProfile}
              />
            )}
            {view === 'shortlists' && (
              <ShortlistsView
                locale={locale}
                refreshToken={refreshToken}
                onOpen={openProfile}
                onExport={(name) => {
                  openExport('shortlist', name);
                }}
              />
            )}
            {view === 'sync' && <UpdatesView sync={sync} locale={locale} onOpen={openProfile} />}
            {view === 'settings' && <SettingsView settings={settings} onChange={changeSettings} />}
          </main>
          {openId !== null && (
            <ProfilePanel
              id={openId}
              locale={locale}
              refreshToken={refreshToken}
              focusRequested={profile.focusRequested}
              onFocused={profile.focused}
              onOpen={setOpenId}
              onClose={profile.close}
              onNoteSaved={noteSaved}
            />
          )}
        </div>
        {sync.notice !== null && (
          <UpdateNotice notice={sync.notice} onWhatsNew={showWhatsNew} onDismiss={dismissNotice} />
        )}
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
