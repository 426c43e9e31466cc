/**
 * Debian's Chromium as the browser tests and the UI benchmark launch it (Playwright's own
 * browser download cannot run on these machines). One definition, so the benchmark measures
 * the browser the tests use.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and without the background traffic that would disturb a measurement. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
