import { describe, expect, it } from 'vitest';
import { numberDigits, phoneQueryDigits } from '../../../../db/search/phones';
import { searchFixture } from './engine-fixture';

describe('a query written like a phone number', () => {
  it.each([
    ['+43 732 7800', '437327800'],
    ['0043 732 7800', '437327800'],
    ['+43 (0)732 7800', '437327800'],
    ['0732/7800', '7327800'],
    ['(0732) 78-00', '7327800'],
    ['7327800', '7327800'],
    ['4020', undefined], // a postcode or a house number, not a phone number
    ['Linz 7800', undefined],
    ['+43 7', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j looks for %j', (text, digits) => {
    expect(phoneQueryDigits(text)).toBe(digits);
  });

  it('compares digits as dialled', () => {
    expect(numberDigits('+39 (0)11-867/0650')).toBe('39118670650');
    expect(numberDigits('ext.')).toBe('');
  });
});

describe('finding organisations by phone, fax and contact phone', () => {
  const { engine, ids } = searchFixture([
    { id: 'ooe', name: 'Business Upper Austria', city: 'Linz', phone: '+43 732 7800' },
    { id: 'fax', name: 'Fax Only GmbH', city: 'Wels', fax: '+43 (0)7242 351 99' },
    {
      id: 'contact',
      name: 'Contact Person s.r.o.',
      city: 'Žilina',
      postcode: '01001',
      contacts: [{ name: 'Jana Nováková', phone: '+421 41 5000 123', languages: [] }],
    },
    { id: 'postcode', name: 'Linzer Werkstätten', city: 'Linz', postcode: '43732' },
  ]);

  it('finds a number typed with spaces, without, nationally or only in part', () => {
    for (const text of ['+43 732 7800', '437327800', '0732 7800', '0732/7800', '7327800']) {
      expect(ids(text), text).toEqual(['ooe']);
    }
  });

  it('finds fax numbers and contacts’ phones', () => {
    expect(ids('07242 35199')).toEqual(['fax']);
    expect(ids('+421 41 5000 123')).toEqual(['contact']);
    expect(ids('5000123')).toEqual(['contact']);
  });

  it('lists text matches before phone-only matches', () => {
    // "43732" is one organisation's postcode and part of another's phone number.
    expect(
      engine()
        .search({ text: '43732' })
        .results.map((h) => h.id),
    ).toEqual(['postcode', 'ooe']);
  });

  it('finds nothing for a number nobody has, and never a match across two numbers', () => {
    expect(ids('+43 732 7801')).toEqual([]);
    // The end of one stored number followed by the start of the next.
    expect(ids('78004372')).toEqual([]);
  });

  it('still finds a short group of digits as text (postcode)', () => {
    expect(ids('01001')).toEqual(['contact']);
  });
});
