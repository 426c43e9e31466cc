/**
 * A catalogue whose values carry what breaks exports: diacritics of every network language,
 * commas, semicolons, quotes, line breaks, backslashes, formula starters and vCard keywords.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import type { Db } from '../../../db/sqlite';
import type { Catalogue } from '../../../catalogue-format/schema';
import { org } from '../../fixtures/records';

export { org };

export const LONG_TITLE =
  'Prüfstand für Elektromobilität, Leichtbau und Fügetechnik — Łódź, Győr, Piešťany, Brno, Žilina, Ljubljana, Würzburg; “quoted” and \\ backslash, ümlaut ő ű ł ß č ž ř š ť ä';

function trickyCatalogue(): Catalogue {
  return {
    events: [],
    organisations: [
      org('pl-lodz', {
        kind: 'cluster',
        name: 'Łódzki Klaster; "Quote", Co.',
        country: 'PL',
        region: 'PL711',
        city: 'Łódź',
        address: 'ul. Piotrkowska 1, lok. 2',
        postcode: '90-001',
        website: 'https://lodz.example.pl/a,b;c',
        email: 'biuro@lodz.example.pl',
        sectors: ['ict', 'automotive-aeronautics'],
        services: [
          { id: 's1', title: LONG_TITLE, type: 'cooperation', sectors: [] },
          { id: 's2', title: 'Szkolenia; doradztwo', type: 'training-qualification', sectors: [] },
        ],
        contacts: [
          {
            name: 'Łukasz Żółć-Świątek',
            role: 'Kierownik, projekty; "B2B"',
            email: 'lukasz@lodz.example.pl',
            phone: '+48 42 631 00 00',
            languages: [],
          },
          { name: 'END:VCARD', role: 'BEGIN:VCARD\r\nFN:Evil', languages: [] },
        ],
      }),
      org('hu-gyor', {
        name: 'Győri Műszaki Klaszter',
        country: 'HU',
        region: 'HU221',
        city: 'Győr',
        phone: '+36 96 503 400',
        contacts: [
          {
            name: 'Dr. Kovács Ödön',
            role: '=HYPERLINK("http://evil.example","x")',
            phone: '+36 1 234 5678',
            languages: [],
          },
        ],
      }),
      org('sk-piestany', {
        kind: 'partner',
        name: 'Kúpele Piešťany',
        country: 'SK',
        region: 'SK021',
        city: 'Piešťany',
        address: 'Winterova 29\nBudova B',
        contacts: [
          {
            name: 'Ing. Ján Šťastný, PhD.',
            role: 'Line1\nLine2\r\nLine3',
            email: 'jan@piestany.example.sk',
            phone: '-1+1',
            languages: [],
          },
        ],
      }),
      org('cz-brno', {
        name: 'Řízení a výroba s.r.o.',
        country: 'CZ',
        region: 'CZ064',
        city: 'Brno',
        address: 'C:\\cesta\\k\\souboru',
        contacts: [
          { name: 'Jiří Čermák', role: '@SUM(1+1)', phone: '0039 02 1234', languages: [] },
        ],
      }),
      org('at-linz', {
        kind: 'research',
        name: 'Österreichische Äpfel GmbH',
        country: 'AT',
        region: 'AT312',
        city: 'Linz',
        phone: '+43 732 7800',
        email: 'office@aepfel.example.at',
        sectors: ['food'],
      }),
      org('de-muenchen', {
        name: 'Straße & Söhne GmbH',
        country: 'DE',
        region: 'DE212',
        city: 'München',
        email: 'info@strasse.example.de',
        contacts: [
          { name: 'Jürgen Weiß', role: '-Vertrieb', languages: [] },
          { role: 'Office', languages: [] },
        ],
      }),
      org('si-zalec', {
        name: '＝Žalec d.o.o.',
        country: 'SI',
        region: 'SI035',
        city: 'Žalec',
        contacts: [{ name: '\tTab Name', role: '+role', languages: [] }],
      }),
      org('it-milano', {
        name: 'Società Meccanica Lombarda',
        country: 'IT',
        region: 'ITC4C',
        city: 'Milano',
        contacts: [{ name: 'Niccolò Ferrè', role: 'Direttore', languages: [] }],
      }),
    ],
  };
}

/** Ids of `trickyCatalogue()` in catalogue order. */
export const TRICKY_IDS = trickyCatalogue().organisations.map((o) => o.id);

/** Rows the tricky catalogue exports: one per contact, one for the contact-less at-linz. */
export const TRICKY_ROWS = 10;

export interface TempDb {
  db: Db;
  dir: string;
  close: () => void;
}

export function tempDb(catalogue: Catalogue = trickyCatalogue()): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'export-test-'));
  const db = openDatabase(join(dir, 'catalogue.sqlite'));
  replaceCatalogue(db, catalogue, { version: 0, source: 'import' });
  return {
    db,
    dir,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
