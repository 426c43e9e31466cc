/**
 * Catalogue values as links, and the desktop shell's rules for opening them agree: every link
 * the profile shows opens when clicked (a link that silently does nothing is a bug), and no
 * catalogue value can smuggle header fields (an attachment, a hidden copy) into a mailto:.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledSourcePath } from '../../../../../db/app-database';
import { isSafeExternalUrl } from '../../../../../electron/external-links';
import {
  mailtoHref,
  safeWebsite,
  telHref,
} from '../../../../../renderer/src/features/profile/links';

describe('catalogue values as links', () => {
  it.each([
    ['https://www.pnrra.sk/', 'https://www.pnrra.sk/'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['www.example.org', null],
    ['https://user:pass@example.org/', null],
    [null, null],
  ])(
    'links only http(s) websites with a host and no user:password@: %j links to %j',
    (value, href) => {
      expect(safeWebsite(value)).toBe(href);
    },
  );

  it('makes mailto: and tel: links a phone can dial', () => {
    expect(mailtoHref(' info@milanomet.it ')).toBe('mailto:info@milanomet.it');
    expect(mailtoHref('first.last+fair@example.org')).toBe('mailto:first.last+fair@example.org');
    expect(telHref('+421 (0)33 76 222-57')).toBe('tel:+4210337622257');
  });

  it('a mailto: carries the address alone, whatever the value holds', () => {
    expect(mailtoHref('a@b.example?attach=/etc/passwd')).toBe(
      'mailto:a@b.example%3Fattach%3D%2Fetc%2Fpasswd',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const url = new URL(mailtoHref(value));
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the desktop shell opens every link the profile shows', () => {
  it('every website, e-mail address and phone number of the bundled catalogue', () => {
    const source = JSON.parse(readFileSync(bundledSourcePath(), 'utf8')) as {
      organisations: {
        website?: string;
        email?: string;
        phone?: string;
        contacts?: { email?: string; phone?: string }[];
      }[];
    };
    const links: string[] = [];
    for (const org of source.organisations) {
      if (org.website !== undefined)
        links.push(safeWebsite(org.website) ?? `unlinked ${org.website}`);
      for (const who of [org, ...(org.contacts ?? [])]) {
        if (who.email !== undefined) links.push(mailtoHref(who.email));
        if (who.phone !== undefined) links.push(telHref(who.phone));
      }
    }
    expect(links.filter((l) => l.startsWith('http:')).length).toBeGreaterThan(0);
    expect(links.filter((l) => !isSafeExternalUrl(l))).toEqual([]);
  });

  it('any plain e-mail address', () => {
    const address = fc.emailAddress();
    fc.assert(
      fc.property(address, (value) => {
        expect(isSafeExternalUrl(mailtoHref(value)), mailtoHref(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
