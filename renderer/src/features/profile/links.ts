/**
 * Turning catalogue values into links. Catalogue text is data: a website becomes a link only
 * when it is an http(s) address the desktop shell would open (a host, no `user:password@`);
 * e-mail and phone become mailto:/tel: links that carry nothing but the address or number.
 */
export function safeWebsite(value: string | null | undefined): string | null {
  if (value == null) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.hostname !== '' && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * mailto: with the address alone. The address is percent-encoded (keeping '@' and '+'
 * readable), so a value such as "a@b.example?attach=/etc/passwd" stays part of the address
 * instead of adding header fields (an attachment, a hidden copy) the mail client would honour.
 */
export function mailtoHref(address: string): string {
  // A lone surrogate cannot be percent-encoded (encodeURIComponent throws): it becomes U+FFFD.
  const text = address.trim().replace(/\p{Cs}/gu, '\uFFFD');
  const encoded = encodeURIComponent(text).replace(/%40/g, '@').replace(/%2B/g, '+');
  return `mailto:${encoded}`;
}

/** tel: with only the characters a dialler understands ("+43 (0)1 234-5" → "tel:+4301 2345"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** The in-app address of a profile (used as the href of organisation links). */
export function profileHref(id: string): string {
  return `#/org/${encodeURIComponent(id)}`;
}
