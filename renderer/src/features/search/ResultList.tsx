/**
 * The virtualised result list: only the rows in view are in the DOM (rows have one fixed
 * height, see useFixedRows), so 100,000 results scroll as smoothly as 10. Rows not loaded yet
 * show a placeholder while their page is fetched.
 *
 * For the keyboard it is a multi-select listbox (WAI-ARIA listbox pattern): one tab stop, the
 * active row named by aria-activedescendant — focus stays on the list, so a row scrolled out of
 * the DOM never takes focus with it. Arrows, Home/End and PageUp/PageDown move; Space ticks the
 * active row for export (aria-selected); Enter opens its profile; ArrowUp on the first row goes
 * back to the search box. A click opens a row; a click on its tick box (or Ctrl/⌘-click) ticks it.
 * Rows are memoised on plain values (the hit, the text it answers, flags): a re-render of the
 * list for anything else (the pending flag, a scroll) redraws no row whose content is the same.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../contract';
import { prefixRanges, type Range } from './Highlighted';
import { ResultRow } from './ResultRow';
import type { FacetName } from './search-state';
import { rowId, type NavigationKey } from './result-keys';
import { useFixedRows } from './useFixedRows';
import type { SearchView } from './useSearch';
import { useWords } from '../../i18n/useWords';

/** Two lines: name, kind and place; then the description, when there is one (else one line). */
const ROW_HEIGHT = 62;
/** Rows drawn beyond each edge: rows are cheap to draw on scroll, and each answer redraws all. */
const OVERSCAN = 2;

interface Props {
  id: string;
  view: SearchView;
  text: string;
  activeIndex: number;
  /** The active row's element id, when it is loaded. */
  activeRowId: string | undefined;
  openId: string | null;
  selected: ReadonlySet<string>;
  labelOf: (facet: FacetName, id: string) => string;
  onOpen: (index: number, id: string) => void;
  onToggleSelect: (id: string) => void;
  onNavigate: (key: NavigationKey, page?: number) => void;
  /** Focus entered the list with no row active. */
  onEnter: () => void;
  /** ArrowUp on the first row: back to the search box. */
  onLeaveTop: () => void;
}

const KEYS: Partial<Record<string, NavigationKey>> = {
  ArrowDown: 'down',
  ArrowUp: 'up',
  Home: 'home',
  End: 'end',
  PageDown: 'pagedown',
  PageUp: 'pageup',
  Enter: 'enter',
};

export function ResultList(props: Props) {
  const { id, view, text, activeIndex, openId, selected, labelOf, onOpen, onToggleSelect } = props;
  const { onNavigate, onEnter, onLeaveTop } = props;
  const t = useWords();
  const scroller = useRef<HTMLDivElement>(null);
  // Translated once per language, not per row and answer: i18next's t() was a good part of
  // each answer's render.
  const labels = useMemo(() => {
    const kinds = new Map<string, string>();
    const marker = '\u0000';
    const [before = '', after = ''] = t('search.select', { name: marker }).split(marker);
    return {
      kind: (kind: SearchHit['kind']) => {
        let label = kinds.get(kind);
        if (label === undefined) {
          label = t(`kinds.${kind}`);
          kinds.set(kind, label);
        }
        return label;
      },
      select: (name: string) => `${before}${name}${after}`,
      note: t('search.noteMarker'),
      noteMatch: t('search.noteMatch'),
    };
  }, [t]);
  const { first, last, scrollToIndex, scrollToTop } = useFixedRows(
    scroller,
    view.total,
    ROW_HEIGHT,
    OVERSCAN,
  );

  const { ensureRange } = view;
  useEffect(() => {
    ensureRange(first, last + 20);
  }, [first, last, ensureRange]);

  useEffect(() => {
    scrollToIndex(activeIndex);
  }, [activeIndex, scrollToIndex]);

  // A new query starts at the top.
  const shownKey = view.shown;
  useEffect(() => {
    scrollToTop();
  }, [shownKey, scrollToTop]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.altKey) return;
    if (event.key === ' ') {
      event.preventDefault();
      const hit = view.hitAt(activeIndex);
      if (hit !== undefined) onToggleSelect(hit.id);
      return;
    }
    const key = KEYS[event.key];
    if (key === undefined || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (key === 'up' && activeIndex <= 0) onLeaveTop();
    else {
      const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
      onNavigate(key, page);
    }
  }

  const rows = [];
  for (let index = first; index <= last; index++) {
    const hit = view.hitAt(index);
    const style = { transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT };
    rows.push(
      hit === undefined ? (
        <li key={index} className="result-row-wrap" role="none" style={style}>
          <div className="result-row placeholder" aria-hidden="true" />
        </li>
      ) : (
        <li
          key={index}
          id={rowId(index)}
          className="result-row-wrap"
          role="option"
          aria-selected={selected.has(hit.id)}
          aria-setsize={view.total}
          aria-posinset={index + 1}
          style={style}
        >
          <ResultRow
            hit={hit}
            index={index}
            nameRanges={prefixRanges(hit.name, text)}
            kindLabel={labels.kind(hit.kind)}
            selectLabel={labels.select(hit.name)}
            noteLabels={labels}
            noteRanges={hit.note === undefined ? NO_RANGES : prefixRanges(hit.note, text)}
            place={[hit.city, labelOf('country', hit.country)]
              .filter((p) => p !== null && p !== '')
              .join(', ')}
            active={index === activeIndex}
            open={hit.id === openId}
            checked={selected.has(hit.id)}
            onOpen={onOpen}
            onToggleSelect={onToggleSelect}
          />
        </li>
      ),
    );
  }

  return (
    <div ref={scroller} className="result-scroller">
      <ul
        id={id}
        className="result-list"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('search.resultsLabel')}
        aria-activedescendant={props.activeRowId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget && activeIndex < 0) onEnter();
        }}
        style={{ height: view.total * ROW_HEIGHT }}
      >
        {rows}
      </ul>
    </div>
  );
}

const NO_RANGES: readonly Range[] = [];
