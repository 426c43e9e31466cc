/**
 * The application frame: the top bar (search, views, online state), the current view, and the
 * profile panel beside it. State that several views share lives here: the search, the open
 * profile, the selection, settings (language, theme) and sync.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Locale, Settings, TaxonomyData } from '../../api/contract';
import { useApi } from './api-context';
import { EventsView } from './features/events/EventsView';
import { ExportDialog, type ScopeKind } from './features/exporting/ExportDialog';
import { ProfilePanel } from './features/profile/ProfilePanel';
import { rowId } from './features/search/ResultList';
import { SearchBox } from './features/search/SearchBox';
import { SearchPage } from './features/search/SearchPage';
import {
  INITIAL_SEARCH,
  toQuery,
  type FacetName,
  type SearchState,
} from './features/search/search-state';
import { useSearch } from './features/search/useSearch';
import { applyTheme } from './features/settings/theme';
import { SettingsView } from './features/settings/SettingsView';
import { ShortlistsProvider } from './features/shortlists/shortlists-context';
import { ShortlistsView } from './features/shortlists/ShortlistsView';
import { SyncPanel } from './features/sync/SyncPanel';
import { useSync } from './features/sync/useSync';
import { changeLocale, resolveLocale } from './i18n';
import { ViewTabs, type View } from './ViewTabs';
import { useWords, type Words } from './i18n/useWords';

const RESULTS_ID = 'search-results';

interface ExportRequest {
  scope: ScopeKind;
  shortlist?: string;
}

/**
 * Labels of taxonomy ids, for chips and facet rows. Kinds are named by the interface's own
 * translations (the same words as the kind badges of the results, in all eight languages);
 * the catalogue's taxonomy names the rest in the chosen language.
 */
function useLabels(taxonomy: TaxonomyData | null, t: Words) {
  return useMemo(() => {
    const maps: Record<Exclude<FacetName, 'kind'>, Map<string, string>> = {
      sector: new Map(taxonomy?.sectors.map((s) => [s.id, s.label])),
      service_type: new Map(taxonomy?.serviceTypes.map((s) => [s.id, s.label])),
      country: new Map(taxonomy?.countries.map((c) => [c.code, c.label])),
      region: new Map(taxonomy?.regions.map((r) => [r.code, r.name])),
    };
    return (facet: FacetName, id: string) =>
      facet === 'kind' ? t(`kinds.${id}`) : (maps[facet].get(id) ?? id);
  }, [taxonomy, t]);
}

export function App({ initialLocale }: { initialLocale: Locale }) {
  const api = useApi();
  const t = useWords();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [taxonomy, setTaxonomy] = useState<TaxonomyData | null>(null);
  const [view, setView] = useState<View>('search');
  const [search, setSearch] = useState<SearchState>(INITIAL_SEARCH);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [exporting, setExporting] = useState<ExportRequest | null>(null);
  const sync = useSync();
  const refreshToken = sync.catalogueVersion;

  const query = useMemo(() => toQuery(search, locale), [search, locale]);
  const results = useSearch(query, refreshToken);
  const labelOf = useLabels(taxonomy, t);

  useEffect(() => {
    void api.getSettings().then((s) => {
      setSettings(s);
      applyTheme(s.theme);
      const next = resolveLocale(s.language);
      setLocale(next);
      void changeLocale(next);
    });
  }, [api]);

  useEffect(() => {
    let live = true;
    void api.taxonomy({ locale }).then((tx) => {
      if (live) setTaxonomy(tx);
    });
    return () => {
      live = false;
    };
  }, [api, locale, refreshToken]);

  // The desktop menu's commands (Export…, Sync now, Settings).
  useEffect(
    () =>
      api.subscribe('menu-command', ({ command }) => {
        if (command === 'export') setExporting({ scope: 'query' });
        else if (command === 'sync') {
          setView('sync');
          void sync.syncNow();
        } else setView('settings');
      }),
    [api, sync.syncNow],
  );

  useEffect(() => {
    setActiveIndex(-1);
  }, [results.shown]);

  const updateSettings = useCallback(
    async (next: Partial<Pick<Settings, 'language' | 'theme' | 'feedUrl'>>) => {
      const saved = await api.setSettings(next);
      setSettings(saved);
      applyTheme(saved.theme);
      const nextLocale = resolveLocale(saved.language);
      setLocale(nextLocale);
      await changeLocale(nextLocale);
      if (next.feedUrl !== undefined) await sync.reload();
    },
    [api, sync],
  );

  const openProfile = useCallback((id: string) => {
    setOpenId(id);
  }, []);

  function onText(text: string) {
    setSearch((s) => ({ ...s, text }));
    if (view !== 'search') setView('search');
  }

  function onNavigate(key: 'up' | 'down' | 'enter') {
    if (view !== 'search') setView('search');
    const last = results.total - 1;
    if (key === 'down') setActiveIndex((i) => Math.min(last, i + 1));
    else if (key === 'up') setActiveIndex((i) => Math.max(0, i - 1));
    else {
      const hit = results.hitAt(activeIndex < 0 ? 0 : activeIndex);
      if (hit !== undefined) {
        setActiveIndex(activeIndex < 0 ? 0 : activeIndex);
        openProfile(hit.id);
      }
    }
  }

  // Stable callbacks for the memoised search page and its rows.
  const toggleSelect = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const openResult = useCallback(
    (index: number, id: string) => {
      setActiveIndex(index);
      openProfile(id);
    },
    [openProfile],
  );
  const clearSelection = useCallback(() => {
    setSelected(new Set());
  }, []);
  const exportResults = useCallback(() => {
    setExporting({ scope: selected.size > 0 ? 'ids' : 'query' });
  }, [selected]);

  const activeId =
    activeIndex >= 0 && results.hitAt(activeIndex) !== undefined ? rowId(activeIndex) : undefined;

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
            activeId={view === 'search' ? activeId : undefined}
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
                activeIndex={activeIndex}
                openId={openId}
                selected={selected}
                labelOf={labelOf}
                onState={setSearch}
                onOpen={openResult}
                onToggleSelect={toggleSelect}
                onClearSelection={clearSelection}
                onExport={exportResults}
              />
            )}
            {view === 'events' && (
              <EventsView
                locale={locale}
                sectors={taxonomy?.sectors ?? []}
                refreshToken={refreshToken}
                onOpen={openProfile}
              />
            )}
            {view === 'shortlists' && (
              <ShortlistsView
                locale={locale}
                onOpen={openProfile}
                onExport={(name) => {
                  setExporting({ scope: 'shortlist', shortlist: name });
                }}
              />
            )}
            {view === 'sync' && <SyncPanel sync={sync} locale={locale} />}
            {view === 'settings' && <SettingsView settings={settings} onChange={updateSettings} />}
          </main>
          {openId !== null && (
            <ProfilePanel
              id={openId}
              locale={locale}
              refreshToken={refreshToken}
              onOpen={openProfile}
              onClose={() => {
                setOpenId(null);
              }}
            />
          )}
        </div>
        {exporting !== null && (
          <ExportDialog
            query={query}
            total={results.total}
            selection={[...selected]}
            initialScope={exporting.scope}
            initialShortlist={exporting.shortlist}
            locale={locale}
            onClose={() => {
              setExporting(null);
            }}
          />
        )}
      </div>
    </ShortlistsProvider>
  );
}
