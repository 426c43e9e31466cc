/**
 * An organisation's profile: every field of the catalogue record, contacts with click-to-mail
 * and click-to-call, services, the clusters it belongs to and its members (links that open
 * those profiles), its events, when it was last verified, a QR code of a contact's vCard, the
 * user's shortlists and private note.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  toApiError,
  type ApiError,
  type Locale,
  type OrganisationProfile,
} from '../../../../contract';
import { useApi } from '../../api-context';
import { CloseButton } from '../../CloseButton';
import { ShowMoreButton } from '../../ShowMoreButton';
import { TagList } from '../../TagList';
import { formatEventDates } from '../events/event-dates';
import { NoteEditor } from '../shortlists/NoteEditor';
import { ContactsSection } from './ContactsSection';
import { mailtoHref, safeWebsite, telHref } from './links';
import { OrgLink } from './OrgLink';
import { ProfileSection } from './ProfileSection';
import { ProfileShortlists } from './ProfileShortlists';
import { WithdrawnDetails } from './WithdrawnDetails';

interface Props {
  id: string;
  locale: Locale;
  refreshToken: number;
  /** Move focus to the profile's name once it is shown (it was opened with the keyboard). */
  focusRequested: boolean;
  onFocused: () => void;
  onOpen: (id: string) => void;
  onClose: () => void;
  /** The user's note was saved: result rows show notes, so they are read again. */
  onNoteSaved?: () => void;
}

const MEMBERS_SHOWN = 40;

/** "Slovensko › Západné Slovensko › Trnavský kraj" (a NUTS 1 named like its country once). */
function regionPath(region: NonNullable<OrganisationProfile['region']>): string {
  const names = [...region.ancestors.map((r) => r.name), region.name];
  return names.filter((n, i) => n !== names[i - 1]).join(' › ');
}

export function ProfilePanel(props: Props) {
  const { id, locale, refreshToken, focusRequested, onFocused, onOpen, onClose } = props;
  const api = useApi();
  const { t } = useTranslation();
  const [profile, setProfile] = useState<OrganisationProfile | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [allMembers, setAllMembers] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownId = profile?.id ?? null;

  // Focus goes to the name when asked, and when a link in the panel replaced the profile
  // (focus then waits on the panel itself: the link it was on is gone).
  useEffect(() => {
    if (shownId !== id) return;
    const current = document.activeElement;
    const waiting = current === panel.current || current === document.body || current === null;
    if (focusRequested || waiting) {
      heading.current?.focus();
      if (focusRequested) onFocused();
    }
  }, [shownId, id, focusRequested, onFocused]);

  useEffect(() => {
    let live = true;
    setError(null);
    setAllMembers(false);
    api.profile({ id, locale }).then(
      (p) => {
        if (live) setProfile(p);
      },
      (e: unknown) => {
        if (!live) return;
        setProfile(null);
        setError(toApiError(e));
      },
    );
    return () => {
      live = false;
    };
  }, [api, id, locale, refreshToken]);

  const date = (iso: string) =>
    new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: 'long' });

  if (error !== null || profile?.id !== id) {
    return (
      <aside
        ref={panel}
        className="profile-panel"
        aria-label={t('profile.label')}
        tabIndex={-1}
        data-focus-region=""
      >
        <div className="profile-header">
          <CloseButton label={t('profile.close')} onClose={onClose} />
        </div>
        {error?.code === 'NOT_FOUND' ? (
          <WithdrawnDetails id={id} locale={locale} />
        ) : (
          <p className="muted">{error === null ? t('app.loading') : error.message}</p>
        )}
      </aside>
    );
  }

  const p = profile;
  const website = safeWebsite(p.website);
  const otherNames = Object.entries(p.names).filter(([, n]) => n !== p.name);
  const street = [p.address, [p.postcode, p.city].filter(Boolean).join(' ')].filter(
    (s) => s !== null && s !== '',
  );
  const members = allMembers ? p.members : p.members.slice(0, MEMBERS_SHOWN);

  return (
    <aside
      ref={panel}
      className="profile-panel"
      aria-labelledby="profile-name"
      tabIndex={-1}
      data-focus-region=""
    >
      <div className="profile-header">
        <div>
          <span className={`kind-badge kind-${p.kind}`}>{t(`kinds.${p.kind}`)}</span>
          <h2 id="profile-name" className="profile-name" ref={heading} tabIndex={-1}>
            {p.name}
            {p.acronym !== null && <span className="profile-acronym"> ({p.acronym})</span>}
          </h2>
          {otherNames.length > 0 && (
            <p className="profile-other-names">
              {otherNames.map(([lang, n]) => (
                <span key={lang} lang={lang}>
                  {n}
                </span>
              ))}
            </p>
          )}
        </div>
        <CloseButton label={t('profile.close')} onClose={onClose} />
      </div>

      <div className="profile-body">
        {/* "Not verified yet" only where the catalogue records verification at all. */}
        {(p.verifiedAt !== null || p.verificationRecorded) && (
          <p className={p.verifiedAt !== null ? 'verified' : 'muted small'}>
            {p.verifiedAt !== null
              ? t('profile.verified', { date: date(p.verifiedAt) })
              : t('profile.notVerified')}
          </p>
        )}
        {p.description !== null && <p className="profile-description">{p.description}</p>}

        <dl className="fields">
          {street.length > 0 && <Field term={t('profile.address')}>{street.join(', ')}</Field>}
          {p.region !== null && <Field term={t('profile.region')}>{regionPath(p.region)}</Field>}
          <Field term={t('profile.country')}>{p.country.name}</Field>
          {p.website !== null && (
            <Field term={t('profile.website')}>
              {website !== null ? (
                <a href={website} target="_blank" rel="noreferrer noopener">
                  {p.website}
                </a>
              ) : (
                p.website
              )}
            </Field>
          )}
          {p.email !== null && (
            <Field term={t('profile.email')}>
              <a href={mailtoHref(p.email)}>{p.email}</a>
            </Field>
          )}
          {p.phone !== null && (
            <Field term={t('profile.phone')}>
              <a href={telHref(p.phone)}>{p.phone}</a>
            </Field>
          )}
          {p.fax !== null && <Field term={t('profile.fax')}>{p.fax}</Field>}
          {p.sectors.length > 0 && (
            <Field term={t('profile.sectors')}>
              <TagList tags={p.sectors} />
            </Field>
          )}
        </dl>

        <ContactsSection profile={p} />

        <ProfileShortlists id={p.id} />
        <NoteEditor id={p.id} onSaved={props.onNoteSaved} />

        {p.services.length > 0 && (
          <ProfileSection id="profile-services" title={t('profile.services')}>
            <ul className="service-list">
              {p.services.map((s) => (
                <li key={s.id}>
                  <strong>{s.title}</strong> <span className="tag">{s.type.label}</span>
                  {s.description !== null && <p>{s.description}</p>}
                </li>
              ))}
            </ul>
          </ProfileSection>
        )}

        {p.memberOf.length > 0 && (
          <ProfileSection id="profile-member-of" title={t('profile.memberOf')}>
            <OrgLinks className="link-list" organisations={p.memberOf} onOpen={onOpen} />
          </ProfileSection>
        )}

        {p.members.length > 0 && (
          <ProfileSection
            id="profile-members"
            title={t('profile.members', { count: p.members.length })}
          >
            <OrgLinks className="link-list columns" organisations={members} onOpen={onOpen} />
            {p.members.length > MEMBERS_SHOWN && (
              <ShowMoreButton
                expanded={allMembers}
                count={p.members.length}
                onToggle={setAllMembers}
              />
            )}
          </ProfileSection>
        )}

        {p.events.length > 0 && (
          <ProfileSection id="profile-events" title={t('profile.events')}>
            <ul className="event-mini-list">
              {p.events.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.end === null ? e.start : `${e.start}/${e.end}`}>
                    {formatEventDates(e.start, e.end, locale)}
                  </time>{' '}
                  — {e.title}
                  {e.city !== null && <span className="muted"> · {e.city}</span>}
                </li>
              ))}
            </ul>
          </ProfileSection>
        )}
      </div>
    </aside>
  );
}

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Organisations as a list of links, each opening its profile in this panel. */
function OrgLinks(props: {
  className: string;
  organisations: readonly { id: string; name: string | null }[];
  onOpen: (id: string) => void;
}) {
  return (
    <ul className={props.className}>
      {props.organisations.map((o) => (
        <li key={o.id}>
          <OrgLink id={o.id} name={o.name} onOpen={props.onOpen} />
        </li>
      ))}
    </ul>
  );
}
