/**
 * `vcard` (3.0, RFC 2426: what phones, Google Contacts, Apple Contacts and Thunderbird import)
 * and `vcard4` (RFC 6350): one UTF-8 file of many cards, CRLF line ends, lines folded at 75
 * octets (vcard-text.ts). Fixed layout: `--columns` does not apply.
 *
 * A person card: FN (the name), N (split), ORG, TITLE (role), EMAIL, TEL, ADR, URL,
 * CATEGORIES (sectors), NOTE (sectors, services, region). A card for an organisation without
 * contacts (or a contact without a name) has FN = the organisation's name; an organisation
 * card is marked KIND:org (4.0) or X-ABShowAs:COMPANY (3.0, Apple's convention).
 */
import { displayName, noteText, personName } from './contact-fields';
import { isPlainPhone } from './formula';
import type { ContactRow, RowSource } from './rows';
import { TextSink } from './sink';
import { escapeText, foldLine, list, structured } from './vcard-text';

export type VcardVersion = '3.0' | '4.0';

/** A global number as an RFC 3966 tel URI (visual separators only), else undefined. */
function telUri(phone: string): string | undefined {
  if (!phone.startsWith('+') || !isPlainPhone(phone)) return undefined;
  const digits = phone.replace(/[ /]+/g, '-').replace(/-{2,}/g, '-').replace(/-$/, '');
  return /^\+[0-9().-]*[0-9][0-9().-]*$/.test(digits) ? `tel:${digits}` : undefined;
}

/** An http(s) address in its normalised form (no spaces or line breaks), else undefined. */
function safeUrl(website: string | null): string | undefined {
  if (website === null) return undefined;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The content lines of one card, unfolded. */
function vcardLines(row: ContactRow, version: VcardVersion): string[] {
  const v4 = version === '4.0';
  const organisationCard = row.contactName === null;
  const lines = ['BEGIN:VCARD', `VERSION:${version}`];
  if (organisationCard && !row.person) {
    lines.push(v4 ? 'KIND:org' : 'X-ABShowAs:COMPANY');
  }
  lines.push(`FN:${escapeText(displayName(row))}`);
  const n = personName(row);
  if (!v4 || !organisationCard) {
    lines.push(`N:${structured([n.family, n.given, n.middle, n.prefix, n.suffix])}`);
  }
  lines.push(`ORG:${escapeText(row.organisation)}`);
  if (row.role !== null) lines.push(`TITLE:${escapeText(row.role)}`);
  if (row.email !== null) {
    lines.push(`${v4 ? 'EMAIL;TYPE=work' : 'EMAIL;TYPE=INTERNET,WORK'}:${escapeText(row.email)}`);
  }
  if (row.phone !== null) {
    const uri = v4 ? telUri(row.phone) : undefined;
    if (uri !== undefined) lines.push(`TEL;VALUE=uri;TYPE=work,voice:${uri}`);
    else
      lines.push(`${v4 ? 'TEL;TYPE=work,voice' : 'TEL;TYPE=WORK,VOICE'}:${escapeText(row.phone)}`);
  }
  const address = [row.address ?? '', row.city ?? '', row.region ?? '', row.postcode ?? ''];
  if (address.some((p) => p !== '') || row.country !== '') {
    lines.push(
      `${v4 ? 'ADR;TYPE=work' : 'ADR;TYPE=WORK'}:${structured(['', '', ...address, row.country])}`,
    );
  }
  const url = safeUrl(row.website);
  if (url !== undefined) lines.push(`URL:${url}`);
  if (row.sectors.length > 0) lines.push(`CATEGORIES:${list(row.sectors)}`);
  const note = noteText(row);
  if (note !== '') lines.push(`NOTE:${escapeText(note)}`);
  lines.push('END:VCARD');
  return lines;
}

export async function writeVcards(
  rows: RowSource,
  out: NodeJS.WritableStream,
  version: VcardVersion,
): Promise<void> {
  const sink = new TextSink(out);
  for (const row of rows) {
    if (sink.push(vcardLines(row, version).map(foldLine).join('\r\n') + '\r\n')) {
      await sink.flush();
    }
  }
  await sink.flush();
}
