import { afterEach, describe, expect, it } from 'vitest';
import { contactRows, unknownOrganisationIds } from '../../../db/contact-rows';
import { tempDb, TRICKY_IDS, TRICKY_ROWS, type TempDb } from './fixture';

let t: TempDb | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

const all = (pages: Iterable<unknown[]>) => [...pages].flat();

describe('contactRows', () => {
  it('gives one row per contact and one for an organisation without contacts, in id order', () => {
    t = tempDb();
    const rows = all(contactRows(t.db, TRICKY_IDS));
    expect(rows).toHaveLength(TRICKY_ROWS);
    const ids = [...TRICKY_IDS].reverse();
    const reversed = [...contactRows(t.db, ids)].flat();
    expect(reversed.map((r) => r.organisationId)[0]).toBe('it-milano');
    const linz = reversed.filter((r) => r.organisationId === 'at-linz');
    expect(linz).toEqual([
      expect.objectContaining({ person: false, contactName: null, phone: '+43 732 7800' }),
    ]);
  });

  it('keeps contact order and falls back to the organisation e-mail and phone', () => {
    t = tempDb();
    const rows = [...contactRows(t.db, ['de-muenchen', 'hu-gyor'])].flat();
    expect(rows.map((r) => [r.contactName, r.role, r.email])).toEqual([
      ['Jürgen Weiß', '-Vertrieb', 'info@strasse.example.de'],
      [null, 'Office', 'info@strasse.example.de'],
      ['Dr. Kovács Ödön', '=HYPERLINK("http://evil.example","x")', null],
    ]);
    expect(rows[2]?.phone).toBe('+36 1 234 5678');
  });

  it('resolves country, region, sector labels (in the locale) and service titles', () => {
    t = tempDb();
    const [en] = [...contactRows(t.db, ['pl-lodz'])].flat();
    expect(en).toMatchObject({
      country: 'Poland',
      region: 'Miasto Łódź',
      services: [expect.stringContaining('Prüfstand'), 'Szkolenia; doradztwo'],
    });
    expect(en?.sectors).toHaveLength(2);
    const [pl] = [...contactRows(t.db, ['pl-lodz'], 'pl-PL')].flat();
    expect(pl?.country).toBe('Polska');
    expect(pl?.sectors).not.toEqual(en?.sectors);
  });

  it('reads a page of organisations at a time and skips repeated ids', () => {
    t = tempDb();
    const pages = [...contactRows(t.db, [...TRICKY_IDS, 'pl-lodz'], 'en', 3)];
    expect(pages).toHaveLength(3);
    expect(pages.flat()).toHaveLength(TRICKY_ROWS);
  });

  it('lists ids that name no organisation', () => {
    t = tempDb();
    expect(unknownOrganisationIds(t.db, ['pl-lodz', 'nope', 'x'])).toEqual(['nope', 'x']);
  });

  it('refuses a locale that is not a language code', () => {
    const { db } = (t = tempDb());
    expect(() => [...contactRows(db, ['pl-lodz'], 'en") OR 1')]).toThrow(/Unknown locale/);
  });
});
