/**
 * The ECHE list's website column, made into a catalogue `website` (an http:// or https://
 * address with a host) or left out with the reason. The column is as institutions typed it:
 * "www.ph-noe.ac.at", "http://www.fhv.at", "orpheusinstituut.be", but also e-mail addresses,
 * two addresses in one cell, "20004497200087" or "http//www.univ-perp.fr".
 *
 * Decisions, each the smallest that keeps the value true:
 * - A value with a scheme is kept as it is. A value without one gets `http://`, not
 *   `https://`, as the bundled catalogue does for the newsletter's addresses: every site
 *   answers http (those with TLS redirect to https), while an https:// link to a site without
 *   TLS fails. The desktop app opens both.
 * - "http//" and "https//" (the colon left out) get their colon, and "www. example.es" loses
 *   its space: neither has another reading.
 * - Anything that is not one web address on a host with a dot (an e-mail address, a bare
 *   number, two values in one cell, a path without a host) is left out and reported. Likely
 *   typos of the host ("ww.lisaa.com", "wwwcifplorca.es") are kept as written: correcting
 *   them would be a guess.
 */

/** A website; or, for a cell that is not empty, the reason it was left out. */
export type WebsiteResult =
  | { website: string; reason?: undefined }
  | { website?: undefined; reason: string }
  | { website?: undefined; reason?: undefined };

const HAS_SCHEME = /^https?:\/\//i;
const SCHEME_WITHOUT_COLON = /^(https?)\/\//i;
const WHITESPACE = /\s/;
const SPACE_AFTER_WWW = /^(www\d?\.)\s+/i;

export function echeWebsite(raw: string): WebsiteResult {
  // "www. hopitaux-st-maurice.fr": a space typed after "www." has no other reading.
  const value = raw.trim().replace(SPACE_AFTER_WWW, '$1');
  if (value === '') return {};
  if (WHITESPACE.test(value)) return { reason: 'holds a space: two values, or not an address' };
  if (value.includes('@')) return { reason: 'is an e-mail address, not a website' };
  const address = HAS_SCHEME.test(value)
    ? value
    : SCHEME_WITHOUT_COLON.test(value)
      ? value.replace(SCHEME_WITHOUT_COLON, '$1://')
      : `http://${value}`;
  // A host begins right after the scheme: "http:///llompart.cat" is not an address as written.
  if (!/^https?:\/\/[\p{L}\p{N}]/iu.test(address)) return { reason: 'has no host name' };
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { reason: 'is not a web address' };
  }
  if (!url.hostname.includes('.') || url.hostname.startsWith('.') || url.hostname.endsWith('.')) {
    return { reason: 'has no host name with a domain' };
  }
  return { website: address };
}
