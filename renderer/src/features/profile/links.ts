/**
 * Turning catalogue values into links. Catalogue text is data: a website becomes a link only
 * when it is an http(s) address; e-mail and phone become mailto:/tel: links.
 */
export function safeWebsite(value: string | null | undefined): string | null {
  if (value == null) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function mailtoHref(address: string): string {
  return `mailto:${address.trim()}`;
}

/** tel: with only the characters a dialler understands ("+43 (0)1 234-5" → "tel:+4301 2345"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** The in-app address of a profile (used as the href of organisation links). */
export function profileHref(id: string): string {
  return `#/org/${encodeURIComponent(id)}`;
}
