/**
 * The export dialog's columns. "All columns" (ticked at first) writes every column; unticking
 * it shows one box per column, none ticked (as unticking "select all" does anywhere), and the
 * file then holds exactly the ticked ones, in the order shown. With none ticked there is
 * nothing to write: the dialog says so and waits (it used to export every column silently).
 */
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../../contract';

/** `all` writes every column; otherwise `chosen` (possibly empty, which exports nothing). */
export interface ColumnChoice {
  all: boolean;
  chosen: ReadonlySet<string>;
}

interface Props {
  columns: ApiResult<'exportOptions'>['columns'];
  choice: ColumnChoice;
  onChange: (choice: ColumnChoice) => void;
}

/** The column ids to send with an export: undefined for all, [] when none is chosen. */
export function chosenColumns(
  columns: ApiResult<'exportOptions'>['columns'],
  choice: ColumnChoice,
): string[] | undefined {
  if (choice.all) return undefined;
  return columns.filter((c) => choice.chosen.has(c.id)).map((c) => c.id);
}

export function ColumnPicker({ columns, choice, onChange }: Props) {
  const { t } = useTranslation();

  function toggle(id: string) {
    const next = new Set(choice.chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange({ all: false, chosen: next });
  }

  return (
    <fieldset className="form-group">
      <legend>{t('export.columns')}</legend>
      <label className="checkbox all-columns">
        <input
          type="checkbox"
          checked={choice.all}
          onChange={() => {
            onChange({ all: !choice.all, chosen: new Set() });
          }}
        />
        {t('export.allColumns')}
      </label>
      {!choice.all && (
        <>
          <p className="muted column-hint" data-testid="column-hint">
            {choice.chosen.size === 0
              ? t('export.chooseColumns')
              : t('export.columnsChosen', { count: choice.chosen.size })}
          </p>
          <div className="column-grid">
            {columns.map((c) => (
              <label key={c.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={choice.chosen.has(c.id)}
                  onChange={() => {
                    toggle(c.id);
                  }}
                />
                {c.label}
              </label>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
