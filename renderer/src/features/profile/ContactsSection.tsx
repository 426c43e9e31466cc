/**
 * The organisation's contacts (click-to-mail, click-to-call) and a QR code of the chosen
 * contact's vCard, so a visitor at a fair can scan it into their phone. Without named contacts
 * the QR code carries the organisation's own address, e-mail and phone.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationProfile } from '../../../../contract';
import { ContactQr } from './ContactQr';
import { mailtoHref, safeWebsite, telHref } from './links';
import type { VCardInput } from './vcard';

export function ContactsSection({ profile: p }: { profile: OrganisationProfile }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(0);
  const base = {
    organisation: p.name,
    website: safeWebsite(p.website),
    address: p.address,
    postcode: p.postcode,
    city: p.city,
    country: p.country.name,
  };
  const cards: { label: string; card: VCardInput }[] =
    p.contacts.length > 0
      ? p.contacts.map((c, i) => ({
          label: c.name ?? c.role ?? c.email ?? `${p.name} ${i + 1}`,
          card: {
            ...base,
            name: c.name,
            role: c.role,
            email: c.email ?? p.email,
            phone: c.phone ?? p.phone,
          },
        }))
      : [{ label: p.name, card: { ...base, name: null, email: p.email, phone: p.phone } }];
  const current = cards[Math.min(chosen, cards.length - 1)] ?? cards[0];

  return (
    <section className="profile-section" aria-labelledby="profile-contacts">
      <h3 id="profile-contacts">{t('profile.contacts')}</h3>
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
      {current !== undefined && (
        <figure className="qr-figure">
          <ContactQr card={current.card} alt={t('profile.qrAlt', { name: current.label })} />
          <figcaption>
            {t('profile.qrTitle')}
            {cards.length > 1 && (
              <label className="qr-choose">
                {t('profile.qrFor')}{' '}
                <select
                  value={Math.min(chosen, cards.length - 1)}
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
    </section>
  );
}
