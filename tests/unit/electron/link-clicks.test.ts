// @vitest-environment jsdom
/**
 * A link leaves the desktop app only through the user's own click: the preload's listener
 * (electron/link-clicks.ts) over a real DOM. jsdom makes every event a script dispatches
 * untrusted, exactly like a page script's `a.click()`; a click by the user (trusted) is the
 * same event with `isTrusted` true, which only the browser can make.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  handleLinkClick,
  interceptLinkClicks,
  type LinkClick,
} from '../../../electron/link-clicks';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A link as the profile renders it, with the text the user clicks inside. */
function link(href: string): { anchor: HTMLAnchorElement; text: HTMLSpanElement } {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.target = '_blank';
  const text = document.createElement('span');
  text.textContent = href;
  anchor.append(text);
  document.body.append(anchor);
  return { anchor, text };
}

/** The user's click on `target` (a trusted event, as the browser makes it). */
function userClick(
  target: Element,
  type = 'click',
  button = 0,
): LinkClick & { prevented: boolean } {
  const path = [target, ...ancestors(target), document, window];
  return {
    type,
    button,
    isTrusted: true,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
    composedPath: () => path,
  };
}

/** The elements a click on `node` passes through (what the event's composedPath lists). */
function ancestors(node: Element): Element[] {
  const out: Element[] = [];
  for (let p = node.parentElement; p; p = p.parentElement) out.push(p);
  return out;
}

describe('a click on an outside link', () => {
  it.each([
    'https://www.automobil-cluster.at/',
    'http://www.example.org/',
    'mailto:jana@example.org',
    'tel:+437327981',
  ])('by the user: %s is kept out of the app and handed on to be opened', (href) => {
    const { text } = link(href);
    const click = userClick(text);
    expect(handleLinkClick(click)).toBe(new URL(href).href);
    expect(click.prevented).toBe(true);
  });

  it('with the middle button opens it too; with another button it is left alone', () => {
    const { text } = link('https://www.example.org/');
    expect(handleLinkClick(userClick(text, 'auxclick', 1))).toBe('https://www.example.org/');
    const right = userClick(text, 'auxclick', 2);
    expect(handleLinkClick(right)).toBeNull();
    expect(right.prevented).toBe(false);
  });

  it('by a script (a.click(), dispatchEvent) is cancelled and opens nothing', () => {
    const open = vi.fn();
    interceptLinkClicks(window, open);
    const { anchor, text } = link('https://evil.example/');
    let followed = true;
    document.addEventListener('click', (e) => (followed = !e.defaultPrevented));
    anchor.click();
    expect(followed).toBe(false);
    text.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(followed).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('clicks that stay in the app', () => {
  it('an in-app link and a click beside any link are left to the app', () => {
    const inApp = document.createElement('a');
    inApp.href = 'app://catalogue/index.html#/org/at-auto';
    document.body.append(inApp);
    const click = userClick(inApp);
    expect(handleLinkClick(click)).toBeNull();
    expect(click.prevented).toBe(false);
    const plain = document.createElement('p');
    document.body.append(plain);
    expect(handleLinkClick(userClick(plain))).toBeNull();
  });
});

describe('interceptLinkClicks', () => {
  it('listens to click and auxclick in the capture phase, before any page script', () => {
    const installed: [string, boolean][] = [];
    interceptLinkClicks(
      { addEventListener: (type, _listener, capture) => installed.push([type, capture]) },
      () => undefined,
    );
    expect(installed).toEqual([
      ['click', true],
      ['auxclick', true],
    ]);
  });
});
