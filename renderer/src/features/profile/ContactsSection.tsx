/**
 * The organisation's contacts (click-to-mail, click-to-call) and a QR code of the chosen
 * contact's vCard, so a visitor at a fair can scan it into their phone. The code is offered only
 * for a card that carries an e-mail address or a phone, and its caption says what it holds;
 * without either, the section says so instead of showing a card with a name alone.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationProfile } from '../../../../contract';
import { cardFields, contactCards } from './contact-cards';
import { ContactQr } from './ContactQr';
import { mailtoHref, telHref } from './links';
import { ProfileSection } from './ProfileSection';

export function ContactsSection({ profile: p }: { profile: OrganisationProfile }) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState(0);
  const cards = contactCards(p);
  const index = Math.min(chosen, cards.length - 1);
  const current = cards[index];
  const holds =
    current === undefined
      ? ''
      : new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
          cardFields(current.card).map((field) => t(`profile.qrFields.${field}`)),
        );

  return (
    <ProfileSection id="profile-contacts" title={t('profile.contacts')}>
      {p.contacts.length > 0 && (
        <ul className="contact-list">
          {p.contacts.map((c, i) => (
            <li key={i} className="contact">
              {c.name !== null && <strong>{c.name}</strong>}
              {c.role !== null && <span className="muted"> · {c.role}</span>}
              <div className="contact-links">
                {c.email !== null && (
                  <a
                    href={mailtoHref(c.email)}
                    aria-label={t('profile.mailTo', { address: c.email })}
                  >
                    {c.email}
                  </a>
                )}
                {c.phone !== null && (
                  <a href={telHref(c.phone)} aria-label={t('profile.callTo', { number: c.phone })}>
                    {c.phone}
                  </a>
                )}
              </div>
              {c.languages.length > 0 && (
                <div className="muted small">
                  {t('profile.languages', { list: c.languages.join(', ') })}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {current === undefined ? (
        <p className="no-contact muted" data-testid="no-contact-details">
          {t('profile.noContactDetails')}
        </p>
      ) : (
        <figure className="qr-figure">
          <ContactQr card={current.card} alt={t('profile.qrAlt', { name: current.label })} />
          <figcaption>
            <span className="qr-title">{t('profile.qrTitle')}</span>
            <span className="qr-holds muted small">{t('profile.qrHolds', { list: holds })}</span>
            {cards.length > 1 && (
              <label className="qr-choose">
                {t('profile.qrFor')}{' '}
                <select
                  value={index}
                  onChange={(e) => {
                    setChosen(Number(e.target.value));
                  }}
                >
                  {cards.map((c, i) => (
                    <option key={i} value={i}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </figcaption>
        </figure>
      )}
    </ProfileSection>
  );
}
