/**
 * One row of the result list (ResultList.tsx): the tick box, the name with the words the
 * query matched, kind, place, the note marker, and a second line (the snippet, or the user's
 * note when it is why the row is here). Memoised on plain values: a re-render of the list for
 * anything else (the pending flag, a scroll) redraws no row whose content is the same.
 */
import { memo, type MouseEvent } from 'react';
import type { SearchHit } from '../../../../contract';
import { Highlighted, type Range } from './Highlighted';

interface RowProps {
  hit: SearchHit;
  index: number;
  /** Where the words of the text the shown results answer start words of the name. */
  nameRanges: readonly Range[];
  /** The same for the first line of the user's note. */
  noteRanges: readonly Range[];
  kindLabel: string;
  selectLabel: string;
  /** "Your note" and "Matched your note", in the interface language. */
  noteLabels: { note: string; noteMatch: string };
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
  if (a.note !== b.note || a.noteMatch !== b.noteMatch) return false;
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
    sameRanges(a.noteRanges, b.noteRanges) &&
    a.noteLabels === b.noteLabels &&
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

export const ResultRow = memo(function ResultRow({
  hit,
  index,
  nameRanges,
  noteRanges,
  kindLabel,
  selectLabel,
  noteLabels,
  place,
  active,
  open,
  checked,
  onOpen,
  onToggleSelect,
}: RowProps) {
  const snippet = hit.snippet !== '' && hit.snippet !== hit.name ? hit.snippet : null;
  // The second line: the user's note when it is why the row is here, or when the catalogue's
  // text matched nothing worth showing; else the snippet (the note's marker stays in the title).
  const showNote =
    hit.note !== undefined &&
    (hit.noteMatch === true || snippet === null || hit.highlights.length === 0);
  const classes = [
    'result-row',
    snippet === null && !showNote ? 'single-line' : '',
    active ? 'active' : '',
    open ? 'open' : '',
  ].join(' ');
  function onClick(event: MouseEvent) {
    if (event.ctrlKey || event.metaKey) onToggleSelect(hit.id);
    else onOpen(index, hit.id);
  }
  return (
    <div className={classes} onClick={onClick}>
      {/* The tick box of a listbox option: aria-selected says its state; Space toggles it. */}
      <span
        className={`result-check${checked ? ' checked' : ''}`}
        aria-hidden="true"
        title={selectLabel}
        onClick={(event) => {
          event.stopPropagation();
          onToggleSelect(hit.id);
        }}
      />
      <span className="result-open">
        <span className="result-title">
          {/* Cut with an ellipsis on a narrow screen: the whole name is its tooltip. */}
          <span className="result-name" title={hit.name}>
            <Highlighted text={hit.name} ranges={nameRanges} />
          </span>
          <span className={`kind-badge kind-${hit.kind}`}>{kindLabel}</span>
          <span className="result-place">{place}</span>
          {hit.note !== undefined && (
            <span className="note-marker" title={noteLabels.note}>
              <span aria-hidden="true">✎</span>
              <span className="visually-hidden">{noteLabels.note}</span>
            </span>
          )}
        </span>
        {showNote ? (
          <span className="result-note">
            {hit.noteMatch === true && <span className="note-match">{noteLabels.noteMatch}: </span>}
            <Highlighted text={hit.note ?? ''} ranges={noteRanges} />
          </span>
        ) : (
          snippet !== null && (
            <span className="result-snippet">
              <Highlighted text={snippet} ranges={hit.highlights} />
            </span>
          )
        )}
      </span>
    </div>
  );
}, sameRow);
