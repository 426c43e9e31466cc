import { describe, expect, it } from 'vitest';
import {
  mailtoHref,
  safeWebsite,
  telHref,
} from '../../../../../renderer/src/features/profile/links';

describe('catalogue values as links', () => {
  it('links only http(s) websites', () => {
    expect(safeWebsite('https://www.pnrra.sk/')).toBe('https://www.pnrra.sk/');
    expect(safeWebsite('http://example.org')).toBe('http://example.org/');
    expect(safeWebsite('javascript:alert(1)')).toBeNull();
    expect(safeWebsite('file:///etc/passwd')).toBeNull();
    expect(safeWebsite('www.example.org')).toBeNull();
    expect(safeWebsite(null)).toBeNull();
  });

  it('makes mailto: and tel: links a phone can dial', () => {
    expect(mailtoHref(' info@milanomet.it ')).toBe('mailto:info@milanomet.it');
    expect(telHref('+421 (0)33 76 222-57')).toBe('tel:+4210337622257');
  });
});
