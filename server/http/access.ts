/**
 * Web mode's access decisions, each a plain function: which names are loopback, whether a
 * request may reach this server at all (its Host, its Origin, the access token), who is
 * calling, and where the token's redirect may lead.
 *
 * No other web page may drive the server: a request whose Host is not this server's own name
 * (DNS rebinding) or whose Origin is another site (cross-site requests) is refused. Bound to
 * anything but loopback, it also requires a random access token, given in the address it
 * prints (`?token=`); the first page load turns that into an HttpOnly, SameSite=Strict
 * cookie, and scripts may send it as `X-Catalogue-Token` instead.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LOCAL_CALLER, NETWORK_CALLER, type Caller } from '../context';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

const TOKEN_COOKIE = 'catalogue_token';
const TOKEN_HEADER = 'x-catalogue-token';

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

/**
 * Why a request may not reach this server at all (another site's page, a foreign Host), or
 * undefined when it may. `token` is the server's access token (undefined when bound to
 * loopback, where none is needed).
 */
export function foreignRequest(
  req: IncomingMessage,
  token: string | undefined,
): string | undefined {
  if (!hostAllowed(req.headers.host, token)) {
    return 'This server answers only to its own address (the Host header is not its own).';
  }
  if (!originAllowed(req)) return 'Requests from other web sites are refused.';
  return undefined;
}

export const TOKEN_REQUIRED =
  'An access token is required: open the address `catalogue serve` printed.';

/** Host names this server answers to: loopback names, or (with a token) any. */
function hostAllowed(hostHeader: string | undefined, token: string | undefined): boolean {
  if (hostHeader === undefined) return false;
  let url: URL;
  try {
    url = new URL(`http://${hostHeader}`);
  } catch {
    return false;
  }
  // Any port: browsers always send this server's own, and a page of another local server
  // is stopped by the Origin check. (Vite's dev proxy forwards its own Host and Origin.)
  if (isLoopback(url.hostname)) return true;
  // Reachable from the network: any name may lead here, the token is what protects it.
  return token !== undefined;
}

function originAllowed(req: IncomingMessage): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true; // not sent by a browser for same-origin GETs
  return origin === `http://${req.headers.host ?? ''}`;
}

/** The request carries the access token (header, cookie, or in a page's address), or none is needed. */
export function authorised(req: IncomingMessage, url: URL, token: string | undefined): boolean {
  if (token === undefined) return true;
  const header = req.headers[TOKEN_HEADER];
  return (
    sameToken(typeof header === 'string' ? header : undefined, token) ||
    sameToken(cookieValue(req, TOKEN_COOKIE), token) ||
    (req.method === 'GET' && sameToken(url.searchParams.get('token') ?? undefined, token))
  );
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
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
function sameServerLocation(url: URL): string {
  return `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`;
}

/**
 * A page load with the token in its address (`GET /?token=…`, never an API call): the cookie to
 * set and where to send the browser, the address without the token. Undefined otherwise.
 */
export function tokenTrade(
  req: IncomingMessage,
  url: URL,
  token: string | undefined,
): { cookie: string; location: string } | undefined {
  if (token === undefined || req.method !== 'GET' || !url.searchParams.has('token'))
    return undefined;
  if (url.pathname.startsWith('/api/')) return undefined;
  const clean = new URL(url);
  clean.searchParams.delete('token');
  return {
    cookie: `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    location: sameServerLocation(clean),
  };
}
