/**
 * Events of the network: filtered by words (the top bar's search box, which searches events
 * while this view is shown), date range, sector and country, each sector and country with its
 * count; upcoming events first when there are any, then past ones. Dates read as precisely as
 * the catalogue knows them ("June 2012"), with what the catalogue says is open about them.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  toApiError,
  type ApiError,
  type ApiResult,
  type EventSummary,
  type Locale,
} from '../../../../contract';
import { useApi } from '../../api-context';
import { TagList } from '../../TagList';
import { OrgLink } from '../profile/OrgLink';
import { errorSentence } from '../sync/error-text';
import { EventFilters, NO_EVENT_FILTERS, type EventFilterState } from './EventFilters';
import { formatEventDates } from './event-dates';

interface Props {
  locale: Locale;
  /** Words typed in the search box while this view is shown. */
  text: string;
  refreshToken: number;
  onOpen: (id: string) => void;
}

/** The answer's two lists, in the order shown. */
const WHEN = ['upcoming', 'past'] as const;

export function EventsView({ locale, text, refreshToken, onOpen }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const [filters, setFilters] = useState<EventFilterState>(NO_EVENT_FILTERS);
  const [data, setData] = useState<ApiResult<'events'> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    const trimmed = text.trim();
    api
      .events({
        locale,
        ...(trimmed === '' ? {} : { text: trimmed }),
        ...(filters.sector === '' ? {} : { sector: filters.sector }),
        ...(filters.country === '' ? {} : { country: filters.country }),
        ...(filters.from === '' ? {} : { from: filters.from }),
        ...(filters.to === '' ? {} : { to: filters.to }),
      })
      .then(
        (d) => {
          if (!live) return;
          setData(d);
          setError(null);
        },
        (e: unknown) => {
          if (live) setError(toApiError(e));
        },
      );
    return () => {
      live = false;
    };
  }, [api, locale, text, filters, refreshToken]);

  const filtered = text.trim() !== '' || Object.values(filters).some((value) => value !== '');
  const total = data === null ? 0 : data.upcoming.length + data.past.length;
  return (
    <section className="page events-page" aria-labelledby="events-title">
      <div className="page-head">
        <h2 id="events-title" className="page-title">
          {t('events.title')}
        </h2>
        {data !== null && (
          <span className="muted" aria-live="polite" data-testid="events-total">
            {t('events.total', { count: total })}
          </span>
        )}
      </div>
      <EventFilters
        value={filters}
        sectors={data?.sectors ?? []}
        countries={data?.countries ?? []}
        onChange={setFilters}
      />
      {error !== null && <p className="notice error">{errorSentence(t, error)}</p>}
      {data === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : total === 0 ? (
        <p className="empty-state">{filtered ? t('events.noneMatch') : t('events.none')}</p>
      ) : (
        // An empty "Upcoming" heading says nothing the list of past events does not.
        WHEN.map(
          (when) =>
            data[when].length > 0 && (
              <EventList
                key={when}
                title={t(`events.${when}`)}
                events={data[when]}
                locale={locale}
                onOpen={onOpen}
              />
            ),
        )
      )}
    </section>
  );
}

function EventList(props: {
  title: string;
  events: readonly EventSummary[];
  locale: Locale;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { title, events, locale, onOpen } = props;
  return (
    <section className="event-section" aria-label={title}>
      <h3>{title}</h3>
      <ul className="event-list">
        {events.map((e) => (
          <li key={e.id} className="event-card">
            <div className="event-date">
              <time dateTime={e.end === null ? e.start : `${e.start}/${e.end}`}>
                {formatEventDates(e.start, e.end, locale)}
              </time>
              {e.dateNote !== null && <span className="event-date-note">{e.dateNote}</span>}
            </div>
            <div className="event-main">
              <span className="kind-badge">{t(`eventKinds.${e.kind}`)}</span>
              <h4>{e.title}</h4>
              <p className="muted">
                {[e.city, e.countryName].filter((x) => x !== null).join(', ')}
              </p>
              {e.description !== null && <p>{e.description}</p>}
              {e.sectors.length > 0 && <TagList tags={e.sectors} />}
              {e.organisers.length > 0 && (
                <p className="small">
                  {t('events.organisers')}:{' '}
                  {e.organisers.map((o, i) => (
                    <span key={o.id}>
                      {i > 0 && ', '}
                      <OrgLink id={o.id} name={o.name} onOpen={onOpen} />
                    </span>
                  ))}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
