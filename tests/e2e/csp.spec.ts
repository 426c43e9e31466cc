/**
 * The built UI's Content Security Policy, as web mode serves it (the desktop shell sends the
 * same header from server/csp.ts): no inline script, no eval, scripts only from the app itself.
 * Checked three ways: the header (and the page's own <meta> policy) parsed, the shipped
 * index.html scanned, and a real browser refusing an injected inline script, eval and
 * new Function. Each browser check also waits for the `securitypolicyviolation` event, so it
 * fails if a weaker policy let the code run (verified by loosening both policies locally).
 */
import type { Page, Response } from '@playwright/test';
import type { RunningApp } from './support/app';
import { expect, openApp, test } from './support/fixtures';

type Policy = Map<string, string[]>;

/** Parses a CSP header value into directive → source list (lower-cased names). */
function parsePolicy(value: string): Policy {
  const policy: Policy = new Map();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins (CSP3 §2.2.1); later ones are ignored.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that govern scripts: script-src, or default-src when it is absent. */
function scriptSources(policy: Policy): string[] {
  const sources = policy.get('script-src') ?? policy.get('default-src');
  if (sources === undefined) throw new Error('the policy restricts no scripts at all');
  return sources;
}

const FORBIDDEN = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'wasm-unsafe-eval'",
  "'unsafe-hashes'",
  '*',
  'data:',
  'blob:',
  'http:',
  'https:',
  'filesystem:',
];

function expectStrictScripts(header: string | undefined, where: string): void {
  expect(header, `${where} has a Content-Security-Policy`).toBeTruthy();
  const sources = scriptSources(parsePolicy(header ?? '')).map((s) => s.toLowerCase());
  for (const bad of FORBIDDEN) expect(sources, `${where}: script sources`).not.toContain(bad);
  // No host wildcards either (https://*.example, *.cdn...): only the app's own origin.
  expect(
    sources.filter((s) => s.includes('*')),
    `${where}: wildcard script sources`,
  ).toEqual([]);
}

/** Opens the app, keeping the responses of the page and of its scripts. */
async function openRecording(page: Page, app: RunningApp): Promise<Response[]> {
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await openApp(page, app);
  // From here on, every CSP violation in the page is logged by what it blocked.
  await page.evaluate(() => {
    const log: string[] = [];
    (window as { __violations?: string[] }).__violations = log;
    document.addEventListener('securitypolicyviolation', (e) => log.push(e.blockedURI));
  });
  return responses;
}

/** What the page's policy blocked so far ('inline', 'eval', or an address). */
function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as { __violations?: string[] }).__violations ?? [])]);
}

/** Lets every task the page has queued so far (timers, events) run. */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, 0);
      }),
  );
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as { __pwned?: number }).__pwned ?? 'never ran');

test('index.html and its scripts carry a policy without inline script or eval', async ({
  page,
  app,
}) => {
  const responses = await openRecording(page, app);
  const document = responses.find((r) => r.request().resourceType() === 'document');
  const scripts = responses.filter((r) => r.request().resourceType() === 'script');
  expect(document).toBeDefined();
  expect(scripts.length).toBeGreaterThan(0);

  expectStrictScripts(document?.headers()['content-security-policy'], 'index.html');
  for (const script of scripts) {
    expect(new URL(script.url()).origin, 'scripts come from the app itself').toBe(
      new URL(app.url).origin,
    );
    expectStrictScripts(script.headers()['content-security-policy'], script.url());
  }

  const html = (await document?.text()) ?? '';
  // The page's own <meta> policy (it applies too, and is all a file:// load would have).
  const meta = /<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/i.exec(html);
  if (meta) expectStrictScripts(meta[1], 'index.html <meta>');
  // Every <script> loads a file; no inline code, no event-handler attributes.
  const scriptTags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const [tag, attributes = '', body = ''] of scriptTags) {
    expect(attributes, tag).toMatch(/\ssrc=/i);
    expect(body.trim(), tag).toBe('');
  }
  expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
});

test('the browser refuses an injected inline script', async ({ page, app }) => {
  await openRecording(page, app);
  // Playwright reports the refused script as an error, or adds a tag that never runs.
  await page.addScriptTag({ content: 'window.__pwned = 1;' }).catch(() => undefined);
  await settle(page);
  expect(await pwned(page)).toBe('never ran');
  await expect.poll(() => violations(page)).toContain('inline');

  // The same through the DOM, as an injection would try it: a script element and an inline
  // event handler (on an image that fails to load, so the handler would fire).
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 2';
    document.body.append(s);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = 3');
    img.src = 'data:image/png;base64,AAAA';
    document.body.append(img);
  });
  await expect
    .poll(async () => (await violations(page)).filter((v) => v === 'inline').length)
    .toBeGreaterThanOrEqual(3);
  expect(await pwned(page)).toBe('never ran');
});

/**
 * Code the page itself loads from its own origin (as the app's bundle is) and that tries every
 * form of eval, recording what happened. Playwright's own evaluate is exempt from the page's
 * eval rule, so the attempt has to come from a script of the page.
 */
const EVAL_PROBE = `
  const outcome = {};
  const attempt = (name, run) => {
    try { outcome[name] = 'ran: ' + String(run()); } catch (e) { outcome[name] = e.name; }
  };
  attempt('eval', () => (0, eval)('1 + 1'));
  attempt('function', () => new Function('return 2 + 2')());
  attempt('timer', () => setTimeout('window.__pwned = 4', 0));
  window.__probe = outcome;
`;

test('eval, new Function and string timers do not run in the page', async ({ page, app }) => {
  const probeUrl = new URL('/csp-probe.js', app.url).href;
  await page.route(probeUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: EVAL_PROBE }),
  );
  await openRecording(page, app);
  // Added as the page would add it (Playwright's addScriptTag turns the page's own CSP
  // console reports into errors).
  await page.evaluate(
    (src) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = () => {
          resolve();
        };
        script.onerror = () => {
          reject(new Error(`the probe ${src} did not load`));
        };
        document.head.append(script);
      }),
    probeUrl,
  );
  const outcome = await page.evaluate(
    () => (window as { __probe?: Record<string, string> }).__probe,
  );
  expect(outcome?.eval).toBe('EvalError');
  expect(outcome?.function).toBe('EvalError');
  await expect.poll(() => violations(page)).toContain('eval');
  // The string timer is queued (setTimeout returns an id) but its code must never run: it was
  // queued before settle()'s timer, so it would have run by then.
  await settle(page);
  expect(await pwned(page)).toBe('never ran');
});
