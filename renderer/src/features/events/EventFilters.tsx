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
  return (
    <div className="event-filters" role="group" aria-label={t('events.filters')}>
      <CountedSelect
        label={t('events.sector')}
        all={t('events.allSectors')}
        value={value.sector}
        values={sectors}
        onChange={(sector) => {
          set({ sector });
        }}
      />
      <CountedSelect
        label={t('events.country')}
        all={t('events.allCountries')}
        value={value.country}
        values={countries}
        onChange={(country) => {
          set({ country });
        }}
      />
      <label className="form-inline">
        {t('events.from')}
        <input
          type="date"
          value={value.from}
          max={value.to === '' ? undefined : value.to}
          onChange={(e) => {
            set({ from: e.target.value });
          }}
        />
      </label>
      <label className="form-inline">
        {t('events.to')}
        <input
          type="date"
          value={value.to}
          min={value.from === '' ? undefined : value.from}
          onChange={(e) => {
            set({ to: e.target.value });
          }}
        />
      </label>
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
