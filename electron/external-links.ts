/**
 * Which links the desktop shell hands to the operating system (a plain function: no Electron).
 *
 * - `https:` and `http:` with a host and no `user:password@` (which only ever serves to make
 *   an address look like another): a website opens in the system browser. Plain http is
 *   allowed because many members' websites still are (5 of the 19 bundled organisations); the
 *   browser, not the app, then shows that the page is not secure.
 * - `mailto:` with at most a `subject` and a `body`: other header fields reach the mail client
 *   too, and some honour `attach=`/`attachment=` (a file of this computer), `cc`/`bcc` (a
 *   hidden copy to a stranger) or `to` (recipients the link does not show).
 * - `tel:` with a plain number.
 * Everything else (file:, javascript:, smb:, custom app schemes, …) never leaves the app.
 */

const WEB_PROTOCOLS = new Set(['https:', 'http:']);
/** Header fields a mailto: link may carry (RFC 6068 names are case-insensitive). */
const MAILTO_FIELDS = new Set(['subject', 'body']);
const TELEPHONE_NUMBER = /^\+?[\d\-.() ]{1,64}$/;

/** The URL's path percent-decoded (the address or number a handler reads), if it decodes. */
function decodedPath(url: URL): string | undefined {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
}

function safeMailto(url: URL): boolean {
  const address = decodedPath(url);
  // A recipient, and no line break or other control character a naive mail client would
  // copy into the message's header (an encoded CR LF then "Bcc:" is a header of its own).
  if (address === undefined || address === '' || /\p{Cc}/u.test(address)) return false;
  // Only '&' separates fields; a ';' could be read as a separator by a lenient mail client.
  if (url.search.includes(';')) return false;
  for (const name of url.searchParams.keys()) {
    if (!MAILTO_FIELDS.has(name.toLowerCase())) return false;
  }
  return url.hash === '';
}

function safeTel(url: URL): boolean {
  const number = decodedPath(url);
  return (
    number !== undefined && url.search === '' && url.hash === '' && TELEPHONE_NUMBER.test(number)
  );
}

export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (WEB_PROTOCOLS.has(parsed.protocol)) {
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  if (parsed.protocol === 'mailto:') return safeMailto(parsed);
  if (parsed.protocol === 'tel:') return safeTel(parsed);
  return false;
}
