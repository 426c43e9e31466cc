/**
 * Search as you type without piling up work: at most one search request is in flight; keys
 * typed meanwhile are coalesced into the newest query, sent as soon as the running one answers.
 * Every answer is shown as it arrives, even when more has been typed since: with one request
 * at a time answers arrive in the order they were asked, so each one is newer than what is on
 * screen and results never flick back to an older query. While typing, results therefore trail
 * the text by at most one request, instead of staying frozen until the user pauses while every
 * answer is overtaken by the next key; `pending` stays true until the newest query's own answer
 * is shown. An overtaken answer is drawn at low priority (a transition), so drawing it never
 * delays the newer answer, and it is skipped if that one arrives first. Compared with a fixed debounce this adds no delay when the user pauses, yet bounds
 * the load to one request at a time: a keystroke's results (or a later one's) are on screen
 * after at most the request already running plus its own (≤ 2× one API call).
 *
 * Results are fetched in pages of PAGE_SIZE; `ensureRange` loads the pages a scrolled-to range
 * needs, so a 100,000-row list can be scrolled anywhere without loading it all.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  toApiError,
  type ApiError,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../../../../contract';
import { useApi } from '../../api-context';
import { queryKey } from './search-state';

const PAGE_SIZE = 100;

/** What an answer says, shown as it came (the view adds its progress and its rows). */
interface AnswerShown {
  /** The query the shown answer belongs to (null before the first answer). */
  shown: SearchQuery | null;
  total: number;
  facets: SearchResult['facets'] | null;
  corrections: NonNullable<SearchResult['corrections']>;
  /** Words left out because all together found nothing. */
  dropped: string[];
  error: ApiError | null;
}

export interface SearchView extends AnswerShown {
  /** True while the newest query has not been answered yet. */
  pending: boolean;
  /** Changes whenever more rows arrive, so lists re-render. */
  pagesVersion: number;
  hitAt: (index: number) => SearchHit | undefined;
  ensureRange: (start: number, end: number) => void;
}

/** One answer as shown: its query, counts, facets and the pages of rows loaded so far. */
interface Answer extends AnswerShown {
  /** Pages of PAGE_SIZE rows by page number; filled in as the list scrolls. */
  pages: Map<number, SearchHit[]>;
  loading: Set<number>;
}

const NO_ANSWER: Answer = {
  shown: null,
  total: 0,
  facets: null,
  corrections: [],
  dropped: [],
  error: null,
  pages: new Map(),
  loading: new Set(),
};

export function useSearch(query: SearchQuery, refreshToken = 0): SearchView {
  const api = useApi();
  const latest = useRef(query);
  const shownKey = useRef<string | null>(null);
  const inFlight = useRef(false);
  const [answer, setAnswer] = useState<Answer>(NO_ANSWER);
  // The newest answer applied, committed or not: pages loaded for any other are dropped.
  const applied = useRef(answer);
  const [pagesVersion, setPagesVersion] = useState(0);
  const [pending, setPending] = useState(true);

  const pump = useCallback(() => {
    if (inFlight.current) return;
    const q = latest.current;
    const key = queryKey(q);
    if (key === shownKey.current) {
      setPending(false);
      return;
    }
    inFlight.current = true;
    setPending(true);
    api.search({ ...q, limit: PAGE_SIZE, offset: 0 }).then(
      (result) => {
        inFlight.current = false;
        shownKey.current = key;
        const newest = queryKey(latest.current) === key;
        const next: Answer = {
          shown: q,
          total: result.total,
          // Facet counts follow the newest text only: an overtaken answer keeps the panel as it
          // is (redrawing ~50 counts that are replaced a moment later is work the page does not
          // need while keys keep coming).
          facets: newest ? result.facets : applied.current.facets,
          corrections: result.corrections ?? [],
          dropped: result.dropped ?? [],
          error: null,
          pages: new Map([[0, result.results]]),
          loading: new Set(),
        };
        applied.current = next;
        if (newest) {
          setAnswer(next);
        } else {
          // Overtaken by a newer key while it ran: drawn when the page has time, and dropped
          // unseen if the newer answer arrives first (its render is urgent, this one is not).
          startTransition(() => {
            setAnswer(next);
          });
        }
        // Sends the newest query if this answer was overtaken, else clears `pending`.
        pump();
      },
      (error: unknown) => {
        inFlight.current = false;
        // A failed overtaken query is not worth a message: the newest one is asked next.
        if (queryKey(latest.current) === key) {
          shownKey.current = key;
          setAnswer((s) => ({ ...s, error: toApiError(error) }));
        }
        pump();
      },
    );
  }, [api]);

  const key = queryKey(query);
  useEffect(() => {
    latest.current = query;
    pump();
    // `key` stands for `query`'s content: a new object with the same content is no new search.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- query is read through `key`
  }, [key, pump]);

  useEffect(() => {
    if (refreshToken === 0) return;
    shownKey.current = null;
    pump();
  }, [refreshToken, pump]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      const { shown, total, pages, loading } = answer;
      if (shown === null) return;
      const last = Math.min(end, total - 1);
      for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE <= last; page++) {
        if (pages.has(page) || loading.has(page)) continue;
        loading.add(page);
        void api.search({ ...shown, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
          (result) => {
            // A page of an older query (or of a refreshed catalogue) is dropped.
            if (applied.current !== answer) return;
            pages.set(page, result.results);
            setPagesVersion((v) => v + 1);
          },
          () => {
            loading.delete(page);
          },
        );
      }
    },
    [api, answer],
  );

  const hitAt = useCallback(
    (index: number) => answer.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    // pagesVersion: more pages arrived in the answer's map.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the map is mutated in place
    [answer, pagesVersion],
  );

  // One object per change of what is shown, not per render of the owner: typing re-renders the
  // app, and memoised children that take the view must not re-render with it.
  return useMemo(() => {
    const { shown, total, facets, corrections, dropped, error } = answer;
    return {
      shown,
      total,
      facets,
      corrections,
      dropped,
      error,
      pending,
      pagesVersion,
      hitAt,
      ensureRange,
    };
  }, [answer, pending, pagesVersion, hitAt, ensureRange]);
}
