/**
 * The virtualised result list: only the rows in view are in the DOM (rows have one fixed
 * height, see useFixedRows), so 100,000 results scroll as smoothly as 10. Rows not loaded yet
 * show a placeholder while their page is fetched.
 * Rows are memoised on plain values (the hit, the text it answers, flags): a re-render of the
 * list for anything else (the pending flag, a scroll) redraws no row whose content is the same.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { SearchHit } from '../../../../contract';
import { Highlighted, prefixRanges, type Range } from './Highlighted';
import type { FacetName } from './search-state';
import { useFixedRows } from './useFixedRows';
import type { SearchView } from './useSearch';
import { useWords } from '../../i18n/useWords';

const ROW_HEIGHT = 76;
/** Rows drawn beyond each edge: rows are cheap to draw on scroll, and each answer redraws all. */
const OVERSCAN = 2;

interface Props {
  id: string;
  view: SearchView;
  text: string;
  activeIndex: number;
  openId: string | null;
  selected: ReadonlySet<string>;
  labelOf: (facet: FacetName, id: string) => string;
  onOpen: (index: number, id: string) => void;
  onToggleSelect: (id: string) => void;
}

export function rowId(index: number): string {
  return `result-${index}`;
}

export function ResultList(props: Props) {
  const { id, view, text, activeIndex, openId, selected, labelOf, onOpen, onToggleSelect } = props;
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

  const rows = [];
  for (let index = first; index <= last; index++) {
    const hit = view.hitAt(index);
    rows.push(
      <li
        key={index}
        className="result-row-wrap"
        aria-setsize={view.total}
        aria-posinset={index + 1}
        style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
      >
        {hit === undefined ? (
          <div className="result-row placeholder" aria-hidden="true" />
        ) : (
          <ResultRow
            hit={hit}
            index={index}
            nameRanges={prefixRanges(hit.name, text)}
            kindLabel={labels.kind(hit.kind)}
            selectLabel={labels.select(hit.name)}
            place={[hit.city, labelOf('country', hit.country)]
              .filter((p) => p !== null && p !== '')
              .join(', ')}
            active={index === activeIndex}
            open={hit.id === openId}
            checked={selected.has(hit.id)}
            onOpen={onOpen}
            onToggleSelect={onToggleSelect}
          />
        )}
      </li>,
    );
  }

  return (
    <div ref={scroller} className="result-scroller">
      <ul
        id={id}
        className="result-list"
        aria-label={t('search.resultsLabel')}
        style={{ height: view.total * ROW_HEIGHT }}
      >
        {rows}
      </ul>
    </div>
  );
}

interface RowProps {
  hit: SearchHit;
  index: number;
  /** Where the words of the text the shown results answer start words of the name. */
  nameRanges: readonly Range[];
  kindLabel: string;
  selectLabel: string;
  place: string;
  active: boolean;
  open: boolean;
  checked: boolean;
  onOpen: (index: number, id: string) => void;
  onToggleSelect: (id: string) => void;
}

/** Same text on screen: a refined query mostly re-finds the rows already shown. */
function sameHit(a: SearchHit, b: SearchHit): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.name !== b.name || a.kind !== b.kind || a.snippet !== b.snippet) {
    return false;
  }
  return sameRanges(a.highlights, b.highlights);
}

function sameRanges(a: readonly Range[], b: readonly Range[]): boolean {
  return (
    a.length === b.length && a.every(([start, end], i) => b[i]?.[0] === start && b[i][1] === end)
  );
}

function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    sameHit(a.hit, b.hit) &&
    a.index === b.index &&
    sameRanges(a.nameRanges, b.nameRanges) &&
    a.kindLabel === b.kindLabel &&
    a.selectLabel === b.selectLabel &&
    a.place === b.place &&
    a.active === b.active &&
    a.open === b.open &&
    a.checked === b.checked &&
    a.onOpen === b.onOpen &&
    a.onToggleSelect === b.onToggleSelect
  );
}

const ResultRow = memo(function ResultRow({
  hit,
  index,
  nameRanges,
  kindLabel,
  selectLabel,
  place,
  active,
  open,
  checked,
  onOpen,
  onToggleSelect,
}: RowProps) {
  const classes = ['result-row', active ? 'active' : '', open ? 'open' : ''].join(' ');
  return (
    <div className={classes}>
      <input
        type="checkbox"
        className="result-select"
        checked={checked}
        aria-label={selectLabel}
        onChange={() => {
          onToggleSelect(hit.id);
        }}
      />
      <button
        type="button"
        id={rowId(index)}
        className="result-open"
        aria-current={open ? 'true' : undefined}
        onClick={() => {
          onOpen(index, hit.id);
        }}
      >
        <span className="result-title">
          <span className="result-name">
            <Highlighted text={hit.name} ranges={nameRanges} />
          </span>
          <span className={`kind-badge kind-${hit.kind}`}>{kindLabel}</span>
        </span>
        <span className="result-place">{place}</span>
        {hit.snippet !== '' && hit.snippet !== hit.name && (
          <span className="result-snippet">
            <Highlighted text={hit.snippet} ranges={hit.highlights} />
          </span>
        )}
      </button>
    </div>
  );
}, sameRow);
