/**
 * What the export dialog says before exporting: how many of the chosen organisations have an
 * e-mail address or a phone, counting their contacts' too, each organisation once.
 */
import { describe, expect, it } from 'vitest';
import { contactCoverage } from '../../../db/contact-coverage';
import { org, useCatalogueDb } from './catalogue-store.fixture';

const db = useCatalogueDb('mcc-coverage-', () => ({
  organisations: [
    org('own-email', { email: 'office@own.example' }),
    org('own-phone', { phone: '+43 1 234' }),
    org('contact-phone', { contacts: [{ name: 'Eva', phone: '+421 2 345', languages: [] }] }),
    org('contact-email', {
      contacts: [
        { name: 'Ana', languages: [] },
        { name: 'Ivo', email: 'IVO@x.example', languages: [] },
        { name: 'Iva', email: 'ivo@x.example', languages: [] },
      ],
    }),
    org('nothing', { contacts: [{ name: 'Named only', role: 'Director', languages: [] }] }),
    org('bare'),
  ],
  events: [],
}));

describe('contactCoverage', () => {
  it('counts e-mail, phone and either, from the organisation or its contacts', () => {
    const all = ['own-email', 'own-phone', 'contact-phone', 'contact-email', 'nothing', 'bare'];
    expect(contactCoverage(db(), all)).toEqual({
      organisations: 6,
      withEmail: 2,
      withPhone: 2,
      reachable: 4,
      addresses: 2, // IVO@ and ivo@ are one address
    });
  });

  it('says so when none of them can be reached', () => {
    expect(contactCoverage(db(), ['nothing', 'bare'])).toEqual({
      organisations: 2,
      withEmail: 0,
      withPhone: 0,
      reachable: 0,
      addresses: 0,
    });
  });

  it('counts each organisation once and skips ids the catalogue does not hold', () => {
    expect(contactCoverage(db(), ['own-phone', 'own-phone', 'gone'])).toEqual({
      organisations: 1,
      withEmail: 0,
      withPhone: 1,
      reachable: 1,
      addresses: 0,
    });
    expect(contactCoverage(db(), [])).toMatchObject({ organisations: 0, reachable: 0 });
  });
});
