/**
 * Updates from a signed feed served on 127.0.0.1: a good one applies and leaves the user's
 * shortlist and notes intact (an organisation the feed removed shows as removed); a tampered
 * one is refused with a sentence saying what to do while the old catalogue keeps working; a
 * feed server that is down shows "offline" and everything still works.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  createFeedKey,
  publishSnapshot,
  serveFolder,
  tamperFeed,
  type StaticServer,
} from './support/feed';
import { expect, openApp, resultNames, search, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';
import { nextCatalogue, pointAt, syncNow } from './support/updates';

const key = createFeedKey();
let feedDir: string;
let feed: StaticServer;

test.beforeEach(async () => {
  feedDir = mkdtempSync(join(tmpdir(), 'catalogue-feed-'));
  await publishSnapshot(feedDir, nextCatalogue(), 2, key);
  feed = await serveFolder(feedDir);
});

test.afterEach(async () => {
  await feed.stop();
  rmSync(feedDir, { recursive: true, force: true });
});

// The app trusts the test key and points at the test feed (the server is started per test).
test.use({
  freshApp: true,
  appOptions: { feed: { url: 'http://127.0.0.1:0/feed.json', publicPem: key.publicPem } },
});

/** Syncs from the test feed and expects a refusal: its code, and the sentence saying why. */
async function expectRefused(page: Page, code: string, sentence: string): Promise<void> {
  await pointAt(page, feed.url);
  await syncNow(page);
  const problem = page.locator('[data-error-code]');
  await expect(problem).toHaveAttribute('data-error-code', code);
  await expect(problem).toContainText(sentence);
}

/** The catalogue held before the refused sync still answers: Progresit, which the feed drops. */
async function expectOldCatalogue(page: Page): Promise<void> {
  await search(page, 'progresit');
  await expect(resultNames(page).first()).toHaveText('Progresit');
}

test('shortlist and note survive a sync; a removed organisation shows as removed', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await pointAt(page, feed.url);
  await page.getByRole('button', { name: 'Search', exact: true }).click();

  for (const name of ['Progresit', 'Regional Development Agency of Piešťany']) {
    await search(page, name);
    await resultNames(page)
      .filter({ hasText: new RegExp(`^${name}$`) })
      .click();
    await page.getByRole('textbox', { name: 'New shortlist name' }).first().fill('Fair Vienna');
    await page.getByRole('button', { name: 'Add to shortlist' }).click();
    await expect(page.getByRole('checkbox', { name: 'Fair Vienna' })).toBeChecked();
  }
  await page
    .getByRole('textbox', { name: 'Private note' })
    .fill('Met Ms Nováková at the stand; send the brochure.');
  await expect(page.getByText('Saved')).toBeVisible();

  await syncNow(page);
  await expect(page.getByText(/Updated to version 2/)).toBeVisible();
  await expect(page.getByTestId('catalogue-version')).toContainText('2');

  await page.getByRole('button', { name: 'Shortlists' }).click();
  const list = page.locator('.shortlist-items');
  await expect(
    list.getByRole('link', { name: 'Regional Development Agency of Piešťany' }),
  ).toBeVisible();
  await expect(list.locator('li', { hasText: 'Progresit' })).toContainText('removed');

  await list.getByRole('link', { name: 'Regional Development Agency of Piešťany' }).click();
  await expect(page.getByRole('textbox', { name: 'Private note' })).toHaveValue(
    'Met Ms Nováková at the stand; send the brochure.',
  );

  await search(page, 'kosice');
  await expect(resultNames(page).first()).toHaveText('Košice IT Valley');
});

test('a tampered feed is refused with its reason; the old catalogue keeps working', async ({
  page,
  app,
}, testInfo) => {
  await tamperFeed(feedDir);
  await openApp(page, app);
  await expectRefused(page, 'BAD_SIGNATURE', 'not signed by the network’s administrators');
  await page.screenshot({ path: screenshotPath(testInfo, 'sync-error.png') });
  await expectOldCatalogue(page);
});

test.describe('an app that trusts no key', () => {
  test.use({ appOptions: {} });

  test('says so when asked to sync, and keeps working', async ({ page, app }) => {
    await openApp(page, app);
    await expectRefused(page, 'NO_TRUSTED_KEY', 'trusts no signing key');
    expect(feed.requests).toEqual([]);
    await expectOldCatalogue(page);
  });
});

test('with the feed server down the app shows offline and still works', async ({ page, app }) => {
  await openApp(page, app);
  await pointAt(page, feed.url);
  await feed.stop();
  await syncNow(page);
  await expect(page.locator('.status-headline')).toHaveText(/^Offline — last checked just now/);
  await expect(page.getByTestId('update-badge')).toHaveText('Offline');
  await expect(page.locator('[data-error-code]')).toHaveAttribute('data-error-code', 'NETWORK');

  await search(page, 'nutribiomed');
  await expect(resultNames(page).first()).toHaveText('NUTRIBIOMED');
  await resultNames(page).first().click();
  await expect(page.locator('#profile-name')).toHaveText('NUTRIBIOMED');
});
