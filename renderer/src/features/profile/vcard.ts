/**
 * A contact as a vCard 3.0 (RFC 2426), the version every phone's camera app imports from a QR
 * code. Values are escaped (\\ , ; and newlines) and lines folded at 75 octets as the RFC asks.
 */
export interface VCardInput {
  name: string | null;
  organisation: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  address?: string | null;
  postcode?: string | null;
  city?: string | null;
  country?: string | null;
}

export function escapeValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

/** Folds a line into chunks of at most 75 UTF-8 octets, never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "Ing. Jana Nováková" → family "Nováková", given "Ing. Jana" (a best effort for N:). */
function splitName(full: string): { family: string; given: string } {
  const words = full.trim().split(/\s+/);
  const family = words.pop() ?? '';
  return { family, given: words.join(' ') };
}

export function toVCard(c: VCardInput): string {
  const e = escapeValue;
  const fullName = c.name ?? c.organisation;
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  if (c.name !== null) {
    const { family, given } = splitName(c.name);
    lines.push(`N:${e(family)};${e(given)};;;`);
  } else {
    lines.push(`N:${e(c.organisation)};;;;`);
  }
  lines.push(`FN:${e(fullName)}`);
  lines.push(`ORG:${e(c.organisation)}`);
  if (c.role) lines.push(`TITLE:${e(c.role)}`);
  if (c.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${e(c.email)}`);
  if (c.phone) lines.push(`TEL;TYPE=WORK,VOICE:${e(c.phone)}`);
  if (c.website) lines.push(`URL:${e(c.website)}`);
  if (c.address || c.city || c.postcode || c.country) {
    const adr = ['', '', c.address ?? '', c.city ?? '', '', c.postcode ?? '', c.country ?? ''];
    lines.push(`ADR;TYPE=WORK:${adr.map(e).join(';')}`);
  }
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
