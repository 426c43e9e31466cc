/** Events of the network: upcoming and past, filtered by sector, organisers linked. */
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
import { OrgLink } from '../profile/OrgLink';
import { errorSentence } from '../sync/error-text';

interface Props {
  locale: Locale;
  sectors: readonly { id: string; label: string }[];
  refreshToken: number;
  onOpen: (id: string) => void;
}

export function EventsView({ locale, sectors, refreshToken, onOpen }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const [sector, setSector] = useState('');
  const [data, setData] = useState<ApiResult<'events'> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    api.events({ locale, ...(sector === '' ? {} : { sector }) }).then(
      (d) => {
        if (live) setData(d);
      },
      (e: unknown) => {
        if (live) setError(toApiError(e));
      },
    );
    return () => {
      live = false;
    };
  }, [api, locale, sector, refreshToken]);

  return (
    <section className="page events-page" aria-labelledby="events-title">
      <div className="page-head">
        <h2 id="events-title" className="page-title">
          {t('events.title')}
        </h2>
        <label className="form-inline">
          {t('events.sector')}{' '}
          <select
            value={sector}
            onChange={(e) => {
              setSector(e.target.value);
            }}
          >
            <option value="">{t('events.allSectors')}</option>
            {sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error !== null && <p className="notice error">{errorSentence(t, error)}</p>}
      <EventList
        title={t('events.upcoming')}
        events={data?.upcoming}
        locale={locale}
        onOpen={onOpen}
      />
      <EventList title={t('events.past')} events={data?.past} locale={locale} onOpen={onOpen} />
    </section>
  );
}

function EventList(props: {
  title: string;
  events: readonly EventSummary[] | undefined;
  locale: Locale;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { title, events, locale, onOpen } = props;
  const day = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  return (
    <section className="event-section" aria-label={title}>
      <h3>{title}</h3>
      {events === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : events.length === 0 ? (
        <p className="muted">{t('events.none')}</p>
      ) : (
        <ul className="event-list">
          {events.map((e) => (
            <li key={e.id} className="event-card">
              <div className="event-date">
                <time dateTime={e.start}>{day(e.start)}</time>
                {e.end !== null && e.end !== e.start && (
                  <>
                    {' – '}
                    <time dateTime={e.end}>{day(e.end)}</time>
                  </>
                )}
              </div>
              <div className="event-main">
                <span className="kind-badge">{t(`eventKinds.${e.kind}`)}</span>
                <h4>{e.title}</h4>
                <p className="muted">
                  {[e.city, e.countryName].filter((x) => x !== null).join(', ')}
                </p>
                {e.description !== null && <p>{e.description}</p>}
                {e.sectors.length > 0 && (
                  <ul className="tags">
                    {e.sectors.map((s) => (
                      <li key={s.id} className="tag">
                        {s.label}
                      </li>
                    ))}
                  </ul>
                )}
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
      )}
    </section>
  );
}
