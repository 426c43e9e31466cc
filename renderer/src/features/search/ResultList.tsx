/**
 * The virtualised result list: only the rows in view are in the DOM, so 100,000 results scroll
 * as smoothly as 10. Rows not loaded yet show a placeholder while their page is fetched.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../api/contract';
import { Highlighted, prefixRanges } from './Highlighted';
import type { SearchView } from './useSearch';

const ROW_HEIGHT = 76;

interface Props {
  id: string;
  view: SearchView;
  text: string;
  activeIndex: number;
  openId: string | null;
  selected: ReadonlySet<string>;
  countryName: (code: string) => string;
  onOpen: (index: number, id: string) => void;
  onToggleSelect: (id: string) => void;
}

export function rowId(index: number): string {
  return `result-${index}`;
}

export function ResultList(props: Props) {
  const { id, view, activeIndex, openId, selected, onOpen, onToggleSelect } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: view.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    view.ensureRange(first, last + 20);
  }, [first, last, view]);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  // A new query starts at the top.
  const shownKey = view.shown;
  useEffect(() => {
    // Only when scrolled: scrolling forces a layout, which costs on every keystroke.
    if (scroller.current !== null && scroller.current.scrollTop > 0) scroller.current.scrollTop = 0;
  }, [shownKey]);

  return (
    <div ref={scroller} className="result-scroller">
      <ul
        id={id}
        className="result-list"
        aria-label={t('search.resultsLabel')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const hit = view.hitAt(item.index);
          return (
            <li
              key={item.key}
              className="result-row-wrap"
              aria-setsize={view.total}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
            >
              {hit === undefined ? (
                <div className="result-row placeholder" aria-hidden="true" />
              ) : (
                <ResultRow
                  {...props}
                  hit={hit}
                  index={item.index}
                  active={item.index === activeIndex}
                  open={hit.id === openId}
                  checked={selected.has(hit.id)}
                  onOpen={onOpen}
                  onToggleSelect={onToggleSelect}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface RowProps extends Props {
  hit: SearchHit;
  index: number;
  active: boolean;
  open: boolean;
  checked: boolean;
}

function ResultRow({
  hit,
  index,
  active,
  open,
  checked,
  text,
  countryName,
  onOpen,
  onToggleSelect,
}: RowProps) {
  const { t } = useTranslation();
  const place = [hit.city, countryName(hit.country)]
    .filter((p) => p !== null && p !== '')
    .join(', ');
  const classes = ['result-row', active ? 'active' : '', open ? 'open' : ''].join(' ');
  return (
    <div className={classes}>
      <input
        type="checkbox"
        className="result-select"
        checked={checked}
        aria-label={t('search.select', { name: hit.name })}
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
            <Highlighted text={hit.name} ranges={prefixRanges(hit.name, text)} />
          </span>
          <span className={`kind-badge kind-${hit.kind}`}>{t(`kinds.${hit.kind}`)}</span>
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
}
