/**
 * The profile of an organisation an update withdrew: it says so, when and by which version, and
 * shows the last known details the app kept (the user may have it in a shortlist, or have had
 * its profile open when the update came). Without such a record: "no longer in the catalogue".
 */
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { useApi } from '../../api-context';
import { useAnswer } from '../../useAnswer';
import { calendarDate } from '../sync/times';
import { mailtoHref, safeWebsite, telHref } from './links';
import { ProfileSection } from './ProfileSection';

export function WithdrawnDetails({ id, locale }: { id: string; locale: Locale }) {
  const api = useApi();
  const { t } = useTranslation();
  const read = useCallback(() => api.withdrawnOrganisation({ id, locale }), [api, id, locale]);
  const found = useAnswer(read);

  if (found === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (found === null) return <p className="muted">{t('profile.notFound')}</p>;

  const last = found.last;
  const website = last.website === undefined ? null : safeWebsite(last.website);
  const place = [
    last.address,
    [last.postcode, last.city].filter(Boolean).join(' '),
    found.countryName,
  ]
    .filter((s) => s !== undefined && s !== '')
    .join(', ');
  const fields: [string, ReactNode][] = [];
  if (place !== '') fields.push([t('profile.address'), place]);
  if (last.website !== undefined) {
    fields.push([
      t('profile.website'),
      website === null ? (
        last.website
      ) : (
        <a href={website} target="_blank" rel="noreferrer noopener">
          {last.website}
        </a>
      ),
    ]);
  }
  if (last.email !== undefined)
    fields.push([t('profile.email'), <a href={mailtoHref(last.email)}>{last.email}</a>]);
  if (last.phone !== undefined)
    fields.push([t('profile.phone'), <a href={telHref(last.phone)}>{last.phone}</a>]);

  return (
    <div className="withdrawn-profile" data-testid="withdrawn-profile">
      <span className={`kind-badge kind-${last.kind}`}>{t(`kinds.${last.kind}`)}</span>
      <h2 id="profile-name" className="profile-name" tabIndex={-1}>
        {last.name}
        {last.acronym !== undefined && <span className="profile-acronym"> ({last.acronym})</span>}
      </h2>
      <p className="notice warning withdrawn-notice" role="status">
        {t('profile.withdrawn', {
          version: found.version,
          date: calendarDate(found.withdrawnAt, locale),
        })}
      </p>
      {last.description !== undefined && <p className="profile-description">{last.description}</p>}
      <dl className="fields">
        {fields.map(([term, value]) => (
          <div className="field" key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {last.contacts.length > 0 && (
        <ProfileSection id="withdrawn-contacts" title={t('profile.contacts')}>
          <ul className="plain-list">
            {last.contacts.map((c, i) => (
              <li key={i}>
                {[c.name, c.role, c.email, c.phone].filter((s) => s !== undefined).join(' · ')}
              </li>
            ))}
          </ul>
        </ProfileSection>
      )}
    </div>
  );
}
