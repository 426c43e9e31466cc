/**
 * The contact cards a profile can show as a QR code: one per contact, or the organisation's own
 * when it names none. A card is offered only when it carries a way to reach someone (an e-mail
 * address or a phone): a card with a name and a country alone would be scanned for nothing.
 */
import type { OrganisationProfile } from '../../../../contract';
import { safeWebsite } from './links';
import type { VCardInput } from './vcard';

export interface ContactCard {
  /** What the chooser lists: the person, their role or address, or the organisation. */
  label: string;
  card: VCardInput;
}

/** The parts of a card a caption names, in the order a card shows them. */
export type CardField =
  'name' | 'organisation' | 'role' | 'email' | 'phone' | 'website' | 'address';

const present = (value: string | null | undefined): boolean =>
  value !== null && value !== undefined && value.trim() !== '';

function reachable(card: VCardInput): boolean {
  return present(card.email) || present(card.phone);
}

export function contactCards(p: OrganisationProfile): ContactCard[] {
  const base = {
    organisation: p.name,
    website: safeWebsite(p.website),
    address: p.address,
    postcode: p.postcode,
    city: p.city,
    country: p.country.name,
  };
  const cards: ContactCard[] =
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
  return cards.filter((c) => reachable(c.card));
}

/** What a card holds, for its caption ("On the card: name, organisation, e-mail, phone"). */
export function cardFields(card: VCardInput): CardField[] {
  const fields: CardField[] = [];
  if (present(card.name)) fields.push('name');
  fields.push('organisation');
  if (present(card.role)) fields.push('role');
  if (present(card.email)) fields.push('email');
  if (present(card.phone)) fields.push('phone');
  if (present(card.website)) fields.push('website');
  if ([card.address, card.postcode, card.city].some(present)) fields.push('address');
  return fields;
}
