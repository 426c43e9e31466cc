import { describe, expect, it } from 'vitest';
import { escapeValue, foldLine, toVCard } from '../../../../../renderer/src/features/profile/vcard';

describe('vCard 3.0 for the QR code', () => {
  it('writes a contact a phone can import', () => {
    const card = toVCard({
      name: 'Jana Nováková',
      organisation: 'Regional Development Agency of Piešťany',
      role: 'Director',
      email: 'jana@example.sk',
      phone: '+421 33 123 456',
      website: 'https://www.example.sk/',
      address: 'Kukučínova 1672/21',
      postcode: '921 01',
      city: 'Piešťany',
      country: 'Slovakia',
    });
    expect(card).toContain('BEGIN:VCARD\r\nVERSION:3.0\r\n');
    expect(card).toContain('N:Nováková;Jana;;;\r\n');
    expect(card).toContain('FN:Jana Nováková\r\n');
    expect(card).toContain('EMAIL;TYPE=INTERNET,WORK:jana@example.sk\r\n');
    expect(card).toContain('TEL;TYPE=WORK,VOICE:+421 33 123 456\r\n');
    expect(card).toContain('ADR;TYPE=WORK:;;Kukučínova 1672/21;Piešťany;;921 01;Slovakia\r\n');
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('uses the organisation when there is no named contact', () => {
    const card = toVCard({ name: null, organisation: 'NUTRIBIOMED', email: 'info@example.pl' });
    expect(card).toContain('N:NUTRIBIOMED;;;;\r\n');
    expect(card).toContain('FN:NUTRIBIOMED\r\n');
  });

  it('escapes separators and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeValue('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`NOTE:${'ž'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(
      `NOTE:${'ž'.repeat(100)}`,
    );
  });
});
