/**
 * A QR contact card is offered only when it carries an e-mail address or a phone, and its caption
 * names exactly what it holds.
 */
import { describe, expect, it } from 'vitest';
import type { OrganisationProfile } from '../../../../../contract';
import {
  cardFields,
  contactCards,
} from '../../../../../renderer/src/features/profile/contact-cards';

function profile(fields: Partial<OrganisationProfile>): OrganisationProfile {
  return {
    id: 'x',
    kind: 'agency',
    name: 'Agency',
    acronym: null,
    names: {},
    description: null,
    country: { code: 'SK', name: 'Slovakia' },
    region: null,
    city: null,
    address: null,
    postcode: null,
    website: null,
    email: null,
    phone: null,
    fax: null,
    sectors: [],
    services: [],
    contacts: [],
    memberOf: [],
    members: [],
    events: [],
    verifiedAt: null,
    verificationRecorded: false,
    ...fields,
  };
}

const person = (name: string, email: string | null = null, phone: string | null = null) => ({
  name,
  role: null,
  email,
  phone,
  languages: [],
});

describe('contactCards', () => {
  it('offers no card for an organisation with only a name and a country', () => {
    expect(contactCards(profile({ city: 'Piešťany', website: 'https://x.example' }))).toEqual([]);
    // A fax is no way to reach someone from a phone's contacts.
    expect(contactCards(profile({ fax: '+421 1' }))).toEqual([]);
    expect(contactCards(profile({ email: '   ' }))).toEqual([]);
  });

  it("offers the organisation's own card when it has an e-mail or a phone", () => {
    const cards = contactCards(profile({ phone: '+421 33 123' }));
    expect(cards.map((c) => c.label)).toEqual(['Agency']);
    expect(cards.map((c) => cardFields(c.card))[0]).toEqual(['organisation', 'phone']);
  });

  it('offers the contacts that can be reached, on their own or through the organisation', () => {
    const lonely = profile({ contacts: [person('Eva'), person('Ivo', 'ivo@x.example')] });
    expect(contactCards(lonely).map((c) => c.label)).toEqual(['Ivo']);
    const shared = profile({
      email: 'office@x.example',
      address: 'Hlavná 1',
      contacts: [person('Eva'), person('Ivo', null, '+421 2')],
    });
    const cards = contactCards(shared);
    expect(cards.map((c) => c.label)).toEqual(['Eva', 'Ivo']);
    expect(cards.map((c) => cardFields(c.card))[0]).toEqual([
      'name',
      'organisation',
      'email',
      'address',
    ]);
    expect(cards.map((c) => cardFields(c.card))[1]).toEqual([
      'name',
      'organisation',
      'email',
      'phone',
      'address',
    ]);
  });
});
