/**
 * The selection, visible wherever it applies: "2 selected — Add to shortlist… Export… Clear".
 * It stays on screen across searches, so ticked rows that a new search no longer shows are never
 * a hidden export scope; it is the only place that exports the selection.
 */
import { useTranslation } from 'react-i18next';
import { AddToShortlistMenu } from './AddToShortlistMenu';

interface Props {
  selected: ReadonlySet<string>;
  onExport: () => void;
  onClear: () => void;
}

export function SelectionBar({ selected, onExport, onClear }: Props) {
  const { t } = useTranslation();
  if (selected.size === 0) return null;
  return (
    <div className="selection-bar" role="group" aria-label={t('selection.label')}>
      <span className="selection-count" data-testid="selection-count">
        {t('search.selected', { count: selected.size })}
      </span>
      <span className="selection-actions">
        <AddToShortlistMenu ids={selected} />
        <button type="button" className="button" onClick={onExport}>
          {t('selection.export')}
        </button>
        <button type="button" className="button quiet" onClick={onClear}>
          {t('selection.clear')}
        </button>
      </span>
    </div>
  );
}
