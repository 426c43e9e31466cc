/**
 * How a link leaves the desktop app: only through a click by the user.
 *
 * The preload (isolated world: the page's scripts cannot reach its listeners or ipcRenderer)
 * listens to clicks on the window, in the capture phase, before any page script. A click on a
 * link whose address is not the app's own is never followed inside the app; when the event is
 * TRUSTED (the browser made it from a real mouse click or key press, not a script's
 * `a.click()` or `dispatchEvent`) the preload asks the main process to open it, on
 * OPEN_LINK_CHANNEL. The main process opens only what `isSafeExternalUrl` allows, and never
 * opens anything from navigation or window.open (those carry no proof of a user's action).
 *
 * No Electron import: the preload bundles this, and the unit tests run it as it is.
 */

/** IPC channel (preload → main): `{ url }` of a link the user clicked. */
export const OPEN_LINK_CHANNEL = 'shell:open-link';

/** The app's own pages, which stay inside (in-app links such as `#/org/<id>`). */
const APP_PROTOCOL = 'app:';

/** The part of a DOM MouseEvent this needs (so tests can pass a trusted one). */
export interface LinkClick {
  readonly type: string;
  readonly isTrusted: boolean;
  readonly button: number;
  preventDefault(): void;
  composedPath(): readonly unknown[];
}

interface Anchor {
  tagName: string;
  href: string;
}

function isAnchor(node: unknown): node is Anchor {
  if (typeof node !== 'object' || node === null) return false;
  const { tagName, href } = node as Partial<Anchor>;
  return (tagName === 'A' || tagName === 'AREA') && typeof href === 'string' && href !== '';
}

function protocolOf(href: string): string | undefined {
  try {
    return new URL(href).protocol;
  } catch {
    return undefined;
  }
}

/**
 * One click: an outside link is never followed inside the app (its default is prevented), and
 * its address is returned, to be opened, only when the user made the click. Null otherwise.
 */
export function handleLinkClick(event: LinkClick): string | null {
  // The middle button arrives as auxclick; other buttons open context menus, not links.
  if (event.type === 'auxclick' && event.button !== 1) return null;
  const anchor = event.composedPath().find(isAnchor);
  if (anchor === undefined || protocolOf(anchor.href) === APP_PROTOCOL) return null;
  event.preventDefault();
  return event.isTrusted ? anchor.href : null;
}

/** The preload's window, or a test's stand-in. */
export interface ClickTarget {
  addEventListener(
    type: 'click' | 'auxclick',
    listener: (event: MouseEvent) => void,
    capture: boolean,
  ): void;
}

/** Installs the listeners on `target` (the preload's window); `open` sends the address. */
export function interceptLinkClicks(target: ClickTarget, open: (url: string) => void): void {
  const listener = (event: LinkClick) => {
    const url = handleLinkClick(event);
    if (url !== null) open(url);
  };
  target.addEventListener('click', listener, true);
  target.addEventListener('auxclick', listener, true);
}
