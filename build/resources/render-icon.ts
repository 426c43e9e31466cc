/**
 * Renders build/resources/icon.svg to the 1024×1024 icon.png that electron-builder turns
 * into .ico, .icns and the Linux icons. Run after editing the SVG; both files are committed.
 * Uses Debian's Chromium through Playwright (the same browser the end-to-end tests use).
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({
  path: new URL('./icon.png', import.meta.url).pathname,
  omitBackground: true,
});
await browser.close();
