/**
 * Updates that say what really happened (#15.6), in Chromium against real feeds on 127.0.0.1:
 * "Offline" only when the system is offline or the host gives no answer, and cleared when that
 * changes; a missing folder and a host without a feed named as such; the bundled catalogue read
 * as what it is; a bad update address or a missing folder refused in Settings with a sentence;
 * passing the catalogue on through a folder.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './support/app';
import { generateKeyPair, loadPrivateKey } from '../../feed/keys';
import { publishFeed } from '../../feed/publish';
import { serveFolder, type StaticServer } from './support/feed';
import { expect, openApp, test } from './support/fixtures';
import { pointAt, syncNow } from './support/updates';

// Published by the real publisher: sharing proves the catalogue by the signed snapshot's hash,
// which a snapshot written by hand (not canonical) would not match.
const key = generateKeyPair();
let dir: string;
let feed: StaticServer;
/** A server that answers, with nothing to offer: every path is a 404. */
let empty: StaticServer;

test.beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'catalogue-messages-'));
  await publishFeed({
    source: join(ROOT, 'catalogue/network.json'),
    key: loadPrivateKey(key.privatePem),
    out: join(dir, 'feed'),
  });
  feed = await serveFolder(join(dir, 'feed'));
  empty = await serveFolder(join(dir, 'nothing-here'));
});

test.afterEach(async () => {
  await feed.stop();
  await empty.stop();
  rmSync(dir, { recursive: true, force: true });
});

// Nothing listens on port 9; the app checks only when asked, so each step is the user's.
test.use({
  freshApp: true,
  appOptions: { feed: { url: 'http://127.0.0.1:9/feed.json', publicPem: key.publicPem } },
});

const badge = (page: Page) => page.getByTestId('update-badge');
const headline = (page: Page) => page.locator('.status-headline');
const detail = (page: Page) => page.locator('.status-detail');

test('the bundled catalogue reads as what it is, not as "version 0"', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: /^Updates/ }).click();
  const catalogue = page.getByTestId('catalogue-version');
  // The bundled source records no date, so none is made up (a feed version shows its own).
  await expect(catalogue).toHaveText('The catalogue that came with this app');
  await expect(page.locator('.sync-page')).not.toContainText('version 0');
  await expect(page.locator('.sync-page')).not.toContainText('Published');
  await expect(headline(page)).toHaveText('Not checked for updates yet');
  await expect(detail(page)).toContainText('Automatic updates are off');
  // Nothing signed to pass on yet: one sentence saying so, nothing written.
  const out = join(dir, 'for-a-colleague');
  await page.getByRole('button', { name: 'Save for a colleague…' }).click();
  await page.getByLabel('Folder on the computer running the catalogue').fill(out);
  await page.getByRole('button', { name: 'Save to this folder' }).click();
  await expect(page.locator('.folder-card [data-error-code]')).toHaveAttribute(
    'data-error-code',
    'NOTHING_TO_SHARE',
  );
  expect(existsSync(join(out, 'feed.json'))).toBe(false);
});

test('offline only when nothing answers or the system is offline, and cleared when that changes', async ({
  page,
  app,
  context,
}) => {
  await openApp(page, app);
  await syncNow(page);
  await expect(headline(page)).toHaveText(/^Offline — last checked /);
  await expect(detail(page)).toHaveText(/^127\.0\.0\.1:9 could not be reached/);
  await expect(badge(page)).toHaveText('Offline');

  await pointAt(page, feed.url);
  await syncNow(page);
  await expect(headline(page)).toHaveText(/^Up to date — checked /);
  await expect(badge(page)).toHaveText('Up to date');
  await expect(page.getByTestId('catalogue-version')).toHaveText(/^Version 1, published /);

  // The system goes offline: said at once, in the badge and the view; back online: cleared.
  await context.setOffline(true);
  await expect(badge(page)).toHaveText('Offline');
  await expect(detail(page)).toContainText('This computer is offline.');
  await context.setOffline(false);
  await expect(badge(page)).toHaveText('Up to date');
  await expect(headline(page)).toHaveText(/^Up to date/);

  // A signed version is held now: it can be passed on.
  const out = join(dir, 'usb-stick');
  await page.getByRole('button', { name: 'Save for a colleague…' }).click();
  await page.getByLabel('Folder on the computer running the catalogue').fill(out);
  await page.getByRole('button', { name: 'Save to this folder' }).click();
  await expect(page.locator('.folder-card .notice.success')).toContainText(
    `Saved catalogue version 1 to ${out}.`,
  );
  expect(existsSync(join(out, 'feed.json'))).toBe(true);
});

test('a missing folder and a host without a feed are named as such, never "offline"', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: /^Updates/ }).click();
  const missing = join(dir, 'usb-stick-not-plugged-in');
  await page.getByRole('button', { name: 'Update from a folder…' }).click();
  await page.getByLabel('Folder on the computer running the catalogue').fill(missing);
  await page.getByRole('button', { name: 'Update from this folder' }).click();
  await expect(detail(page)).toHaveText(
    `The folder ${missing} could not be read: it does not exist or holds no catalogue. Check that the USB stick is plugged in and the path is right.`,
  );
  await expect(headline(page)).toHaveText(/^The last update was refused/);
  await expect(badge(page)).toHaveText('Update refused');
  await expect(page.locator('.sync-page')).not.toContainText('internet connection');

  await pointAt(page, empty.url);
  await syncNow(page);
  const host = new URL(empty.url).host;
  await expect(detail(page)).toHaveText(
    `${host} answered, but offers no catalogue at this address. Check the update address in Settings.`,
  );
  await expect(badge(page)).toHaveText('Update refused');
});

test('Settings refuses a bad address and a missing folder with a sentence naming them', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Settings' }).click();
  const field = page.getByLabel('Update address');
  const error = page.getByTestId('settings-error');

  await field.fill('ftp://feeds.example.org/catalogue');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(error).toHaveText(
    '“ftp://feeds.example.org/catalogue” is not an update address. Enter an https:// address, an http:// address on this computer, or a folder such as /media/usb/catalogue.',
  );
  await expect(error).not.toContainText('Invalid arguments');
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  const missing = join(dir, 'no-such-folder');
  await field.fill(missing);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(error).toHaveText(
    `There is no folder “${missing}” on this computer. Plug in the drive that holds it, or correct the path.`,
  );

  // Nothing was stored: the address in force is still the one the app started with.
  await page.getByRole('button', { name: /^Updates/ }).click();
  await expect(page.locator('.sync-page')).toContainText('http://127.0.0.1:9/feed.json');

  // `catalogue serve --check-every` decided automatic updates for everyone: shown, not offered.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Check for updates by itself')).toBeDisabled();
  await expect(page.getByLabel('Check interval')).toBeDisabled();
  await expect(page.getByText('Set for everyone using this server')).toBeVisible();
});
