/**
 * The events view's filters: sector and country (only those with events, each with its count
 * under the other filters), and a date range. A date range keeps an event whose dates touch it,
 * so "June 2012" is found from any day of June.
 */
import { useWords } from '../../i18n/useWords';

export interface EventFilterState {
  sector: string;
  country: string;
  /** YYYY-MM-DD or '' */
  from: string;
  to: string;
}

const DATE_ENDS = ['from', 'to'] as const;

export const NO_EVENT_FILTERS: EventFilterState = { sector: '', country: '', from: '', to: '' };

interface Counted {
  id: string;
  label: string;
  count: number;
}

interface Props {
  value: EventFilterState;
  sectors: readonly Counted[];
  countries: readonly Counted[];
  onChange: (next: EventFilterState) => void;
}

export function EventFilters({ value, sectors, countries, onChange }: Props) {
  const t = useWords();
  const set = (change: Partial<EventFilterState>) => {
    onChange({ ...value, ...change });
  };
  const any = Object.values(value).some((v) => v !== '');
  // Sector and country: a choice each among the values the events have.
  const counted = [
    { field: 'sector', label: t('events.sector'), all: t('events.allSectors'), values: sectors },
    {
      field: 'country',
      label: t('events.country'),
      all: t('events.allCountries'),
      values: countries,
    },
  ] as const;
  return (
    <div className="event-filters" role="group" aria-label={t('events.filters')}>
      {counted.map((c) => (
        <CountedSelect
          key={c.field}
          label={c.label}
          all={c.all}
          value={value[c.field]}
          values={c.values}
          onChange={(id) => {
            set({ [c.field]: id });
          }}
        />
      ))}
      {/* The range's two ends; neither can be set past the other. */}
      {DATE_ENDS.map((end) => (
        <label key={end} className="form-inline">
          {t(`events.${end}`)}
          <input
            type="date"
            value={value[end]}
            min={end === 'to' && value.from !== '' ? value.from : undefined}
            max={end === 'from' && value.to !== '' ? value.to : undefined}
            onChange={(e) => {
              set({ [end]: e.target.value });
            }}
          />
        </label>
      ))}
      {any && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onChange(NO_EVENT_FILTERS);
          }}
        >
          {t('events.clearFilters')}
        </button>
      )}
    </div>
  );
}

/** A choice among values with events, each with its count; absent when there are none. */
function CountedSelect(props: {
  label: string;
  all: string;
  value: string;
  values: readonly Counted[];
  onChange: (id: string) => void;
}) {
  const t = useWords();
  const { label, all, value, values, onChange } = props;
  if (values.length === 0 && value === '') return null;
  return (
    <label className="form-inline">
      {label}
      <select
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{all}</option>
        {values.map((c) => (
          <option key={c.id} value={c.id}>
            {t('events.optionCount', { label: c.label, count: c.count })}
          </option>
        ))}
      </select>
    </label>
  );
}
