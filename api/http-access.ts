/**
 * Web mode's small access decisions, each a plain function: which names are loopback, who is
 * calling, the access token's comparison and cookie, and where the token's redirect may lead.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LOCAL_CALLER, NETWORK_CALLER, type Caller } from './context';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** A host name or address that means this computer (what `--host` binds to, a Host header). */
export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A peer's socket address on loopback (IPv4 may arrive mapped into IPv6). */
function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  return isLoopback(address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address);
}

/**
 * Who is calling, decided once per request. Local only when the server is bound to loopback
 * (so nothing off this computer can reach it) and the peer is on loopback. A server bound to
 * the network treats every caller as remote, even one connecting from 127.0.0.1: that may be
 * a reverse proxy passing on anyone's request.
 */
export function callerOf(req: IncomingMessage, boundToLoopback: boolean): Caller {
  return boundToLoopback && isLoopbackAddress(req.socket.remoteAddress)
    ? LOCAL_CALLER
    : NETWORK_CALLER;
}

export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * The request's target as a URL, or undefined when it is not one (answered 400). The usual
 * form is a path ("/x?token=…"), and a path stays a path even when it starts with "//": parsed
 * against a base, "//evil.example/" would be read as a host name instead. The absolute form
 * ("http://host/x", which HTTP/1.1 servers must accept) is parsed as it is.
 */
export function requestUrl(target: string | undefined): URL | undefined {
  const text = target ?? '/';
  try {
    return new URL(text.startsWith('/') ? `http://request${text}` : text);
  } catch {
    return undefined;
  }
}

/**
 * Where to send the browser once the token in the address became a cookie: the same path and
 * query, on this server. The path is the URL parser's normalised one, and "/x/..//evil.example/"
 * normalises to "//evil.example/", which a browser reads as ANOTHER HOST (so would "/\evil",
 * were a backslash ever left). Collapsing the leading slashes to one keeps every Location a
 * path on this server: never `//…`, never a scheme.
 */
export function sameServerLocation(url: URL): string {
  return `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`;
}
