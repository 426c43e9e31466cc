/**
 * The export dialog's columns: one checkbox per column the export offers, and "All columns",
 * which ticks every one, or clears them all when every one is ticked.
 */
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../../contract';

interface Props {
  columns: ApiResult<'exportOptions'>['columns'];
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
}

export function ColumnPicker({ columns, chosen, onChange }: Props) {
  const { t } = useTranslation();
  const all = chosen.size === columns.length;

  function toggle(id: string) {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  }

  return (
    <fieldset className="form-group">
      <legend>{t('export.columns')}</legend>
      <label className="checkbox all-columns">
        <input
          type="checkbox"
          checked={all}
          onChange={() => {
            onChange(all ? new Set() : new Set(columns.map((c) => c.id)));
          }}
        />
        {t('export.allColumns')}
      </label>
      <div className="column-grid">
        {columns.map((c) => (
          <label key={c.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(c.id)}
              onChange={() => {
                toggle(c.id);
              }}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
