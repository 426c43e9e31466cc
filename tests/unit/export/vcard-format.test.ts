import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToBuffer } from './export-helpers';
import { LONG_TITLE, tempDb, TRICKY_IDS, TRICKY_ROWS, type TempDb } from './fixture';
import { components, readVcards, text, type Vcard } from './vcard-reader';

let t: TempDb;
beforeAll(() => {
  t = tempDb();
});
afterAll(() => {
  t.close();
});

const byFn = (cards: Vcard[], fn: string) => cards.filter((c) => text(c, 'FN') === fn);

describe.each([
  ['vcard', '3.0'],
  ['vcard4', '4.0'],
] as const)('%s', (format, version) => {
  it('reads back as one card per row with every value intact', async () => {
    const { bytes, counts } = await exportToBuffer(t.db, { format, ids: TRICKY_IDS });
    expect(counts.contacts).toBe(TRICKY_ROWS);
    const cards = readVcards(bytes);
    expect(cards).toHaveLength(TRICKY_ROWS);
    for (const card of cards) {
      expect(text(card, 'VERSION')).toBe(version);
      expect(text(card, 'FN')).not.toBe('');
    }
    const [lukasz] = byFn(cards, 'Łukasz Żółć-Świątek');
    expect(lukasz).toBeDefined();
    const l = lukasz ?? [];
    expect(text(l, 'ORG')).toBe('Łódzki Klaster; "Quote", Co.');
    expect(text(l, 'TITLE')).toBe('Kierownik, projekty; "B2B"');
    expect(text(l, 'EMAIL')).toBe('lukasz@lodz.example.pl');
    expect(components(l, 'N')).toEqual(['Żółć-Świątek', 'Łukasz', '', '', '']);
    expect(components(l, 'ADR')).toEqual([
      '',
      '',
      'ul. Piotrkowska 1, lok. 2',
      'Łódź',
      'Miasto Łódź',
      '90-001',
      'Poland',
    ]);
    expect(l.find((p) => p.name === 'URL')?.raw).toBe('https://lodz.example.pl/a,b;c');
    expect(text(l, 'NOTE')).toContain(LONG_TITLE);
    const categories = l.find((p) => p.name === 'CATEGORIES')?.raw;
    expect(categories).toBe('ICT,Automotive & Aeronautics');
    const tel = l.find((p) => p.name === 'TEL');
    expect(tel?.raw).toBe(version === '4.0' ? 'tel:+48-42-631-00-00' : '+48 42 631 00 00');
  });

  it('keeps END:VCARD, BEGIN:VCARD and line breaks inside values', async () => {
    const cards = readVcards((await exportToBuffer(t.db, { format, ids: TRICKY_IDS })).bytes);
    const [evil] = byFn(cards, 'END:VCARD');
    expect(text(evil ?? [], 'TITLE')).toBe('BEGIN:VCARD\nFN:Evil');
    const [jan] = byFn(cards, 'Ing. Ján Šťastný, PhD.');
    expect(text(jan ?? [], 'TITLE')).toBe('Line1\nLine2\nLine3');
    expect(components(jan ?? [], 'N')).toEqual(['Šťastný', 'Ján', '', 'Ing.', 'PhD.']);
    expect(components(jan ?? [], 'ADR')?.[2]).toBe('Winterova 29\nBudova B');
    const [jiri] = byFn(cards, 'Jiří Čermák');
    expect(components(jiri ?? [], 'ADR')?.[2]).toBe('C:\\cesta\\k\\souboru');
    expect(text(jiri ?? [], 'TITLE')).toBe('@SUM(1+1)'); // not a spreadsheet: no apostrophe
  });

  it('writes an organisation without contacts as a card named after it', async () => {
    const cards = readVcards((await exportToBuffer(t.db, { format, ids: ['at-linz'] })).bytes);
    expect(cards).toHaveLength(1);
    const card = cards[0] ?? [];
    expect(text(card, 'FN')).toBe('Österreichische Äpfel GmbH');
    expect(text(card, 'ORG')).toBe('Österreichische Äpfel GmbH');
    if (version === '4.0') expect(text(card, 'KIND')).toBe('org');
    else expect(text(card, 'X-ABSHOWAS')).toBe('COMPANY');
    expect(text(card, 'EMAIL')).toBe('office@aepfel.example.at');
  });

  it('names a contact without a name after its organisation', async () => {
    const cards = readVcards((await exportToBuffer(t.db, { format, ids: ['de-muenchen'] })).bytes);
    expect(cards.map((c) => [text(c, 'FN'), text(c, 'TITLE')])).toEqual([
      ['Jürgen Weiß', '-Vertrieb'],
      ['Straße & Söhne GmbH', 'Office'],
    ]);
  });
});
