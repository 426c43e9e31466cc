/**
 * The strict vCard reader is the oracle of every vCard test, so it is tested itself: it reads
 * folded, escaped cards, and refuses each thing an importer could read differently.
 */
import { describe, expect, it } from 'vitest';
import { components, items, readVcards, text, type Vcard } from './vcard-reader';

const file = (...lines: string[]): Buffer => Buffer.from(lines.map((l) => `${l}\r\n`).join(''));
const card = (...properties: string[]): Buffer =>
  file('BEGIN:VCARD', 'VERSION:4.0', ...properties, 'END:VCARD');

describe('readVcards', () => {
  it('unfolds lines and unescapes text, structured and list values', () => {
    const cards = readVcards(
      card(
        'FN:Łukasz \\; Co\\, Ltd\\n2',
        'N:Ż\\;a;Łukasz;;;',
        'CATEGORIES:ICT,A\\,B',
        'NOTE:first',
        ' \tsecond', // a continuation line: its one leading space goes
        'TEL;VALUE=uri;TYPE=work,voice:tel:+43-1',
      ),
    );
    expect(cards).toHaveLength(1);
    const c = cards[0] ?? [];
    expect(text(c, 'FN')).toBe('Łukasz ; Co, Ltd\n2');
    expect(components(c, 'N')).toEqual(['Ż;a', 'Łukasz', '', '', '']);
    expect(items(c, 'CATEGORIES')).toEqual(['ICT', 'A,B']);
    expect(text(c, 'NOTE')).toBe('first\tsecond');
    expect(c.find((p) => p.name === 'TEL')).toEqual({
      name: 'TEL',
      params: ['VALUE=uri', 'TYPE=work,voice'],
      raw: 'tel:+43-1',
    });
  });

  it.each([
    ['a bare LF', Buffer.from('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:a\nb\r\nEND:VCARD\r\n'), /bare CR/],
    ['no final CRLF', Buffer.from('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:a\r\nEND:VCARD'), /CRLF/],
    ['a line over 75 octets', card(`FN:${'x'.repeat(73)}`), /76 octets/],
    ['a control character', card('FN:a\u0007b'), /control character/],
    ['a line without a property name', card('just text'), /no valid property name/],
    ['a quoted parameter', card('FN;LANGUAGE="de":x'), /no valid property name/],
    ['a property outside a card', file('FN:x'), /outside a card/],
    ['a card that does not end', file('BEGIN:VCARD', 'VERSION:4.0', 'FN:x'), /does not end/],
    ['a card without VERSION first', file('BEGIN:VCARD', 'FN:x', 'END:VCARD'), /VERSION/],
    ['a card without FN', card('N:a;b;;;'), /one FN/],
    ['a card with two FN', card('FN:a', 'FN:b'), /one FN/],
  ])('refuses %s', (_, bytes, problem) => {
    expect(() => readVcards(bytes)).toThrow(problem);
  });

  it('refuses a fold inside a UTF-8 character', () => {
    // "ł" is C5 82: the fold puts C5 at the end of one line and 82 on the next.
    const bytes = Buffer.concat([
      Buffer.from('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:'),
      Buffer.from([0xc5, 0x0d, 0x0a, 0x20, 0x82]),
      Buffer.from('\r\nEND:VCARD\r\n'),
    ]);
    expect(() => readVcards(bytes)).toThrow(TypeError);
  });

  it.each([
    ['an unescaped comma in a text value', 'NOTE:a,b', (c: Vcard) => text(c, 'NOTE')],
    ['an unescaped semicolon in a text value', 'TITLE:a;b', (c: Vcard) => text(c, 'TITLE')],
    ['an unescaped comma in a component', 'ADR:;;a,b;;;;', (c: Vcard) => components(c, 'ADR')],
    [
      'an unescaped semicolon in a list item',
      'CATEGORIES:a;b',
      (c: Vcard) => items(c, 'CATEGORIES'),
    ],
    ['a bad escape', 'NOTE:a\\tb', (c: Vcard) => text(c, 'NOTE')],
  ])('refuses %s when reading it', (_, property, read) => {
    const [c = []] = readVcards(card('FN:x', property));
    expect(() => read(c)).toThrow(/unescaped|bad escape/);
  });
});
