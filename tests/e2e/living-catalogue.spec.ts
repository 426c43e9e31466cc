/**
 * A living catalogue (#13) in Chromium, web mode checking a real feed on 127.0.0.1 by itself:
 * the app updates itself while a user reads a profile and has typed a query — the text, the
 * selection and the profile stay, a quiet notice says what changed, What's new lists it, a
 * shortlist shows its flags, and the open profile of a withdrawn organisation says so.
 *
 * The shortest interval is a minute (the engine's floor), so the first update comes from the
 * check the app makes within seconds of starting, and the second from the system reporting the
 * network back (`online`), which makes the app check at once: both are automatic updates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { startApp, type RunningApp } from './support/app';
import { createFeedKey, publishSnapshot, serveFolder, type StaticServer } from './support/feed';
import { expect, openApp, resultOption, search, test, tickResults } from './support/fixtures';
import { screenshotPath } from './support/screenshots';
import { bundled, nextCatalogue, type Catalogue } from './support/updates';

/** Version 2: the next catalogue, with NUTRIBIOMED given a phone. */
function versionTwo(): Catalogue {
  const next = nextCatalogue();
  return {
    ...next,
    organisations: next.organisations.map((o) =>
      o.id === 'nutribiomed' ? { ...o, phone: '+421 2 1234 5678' } : o,
    ),
  };
}

const key = createFeedKey();
let feedDir: string;
let feed: StaticServer;

test.beforeEach(async () => {
  feedDir = mkdtempSync(join(tmpdir(), 'catalogue-live-feed-'));
  await publishSnapshot(feedDir, bundled, 1, key);
  feed = await serveFolder(feedDir);
});

test.afterEach(async () => {
  await feed.stop();
  rmSync(feedDir, { recursive: true, force: true });
});

const badge = (page: Page) => page.getByTestId('update-badge');
const notice = (page: Page) => page.getByTestId('update-notice');

/** What the browser does when the system reports the network is back. */
async function systemBackOnline(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

async function addToShortlist(page: Page, name: string, list: string) {
  await search(page, name);
  await resultOption(page, name).click();
  await expect(page.locator('#profile-name')).toHaveText(name);
  await page.getByRole('textbox', { name: 'New shortlist name' }).first().fill(list);
  await page.getByRole('button', { name: 'Add to shortlist' }).click();
  await expect(page.getByRole('checkbox', { name: list })).toBeChecked();
}

test('updates itself while a user works: nothing they do is disturbed, and it says what changed', async ({
  page,
}, testInfo) => {
  test.slow(); // two automatic updates, each applied on a worker of a busy 2-core machine
  const app = await startApp({
    feed: { url: feed.url, publicPem: key.publicPem },
    checkEvery: '1m',
  });
  try {
    await livingCatalogue(page, app, testInfo);
  } finally {
    await app.stop();
  }
});

async function livingCatalogue(page: Page, app: RunningApp, testInfo: TestInfo) {
  await openApp(page, app);
  // The check the app makes by itself within seconds of starting installs version 1.
  await expect(notice(page)).toContainText('Catalogue updated to version 1', { timeout: 60_000 });
  await expect(badge(page)).toHaveText('Up to date');
  await notice(page).getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  for (const name of ['Progresit', 'NUTRIBIOMED']) await addToShortlist(page, name, 'Fair Vienna');
  // Opening the list marks it seen: its flags count from here.
  await page.getByRole('button', { name: 'Shortlists' }).click();
  await expect(page.locator('.shortlist-items')).toContainText('Progresit');
  await expect(page.getByTestId('shortlist-flags')).toHaveCount(0);

  // The user reads Progresit's profile, has ticked NUTRIBIOMED and typed a query.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await search(page, 'progresit');
  await resultOption(page, 'Progresit').click();
  await expect(page.locator('#profile-name')).toHaveText('Progresit');
  await search(page, 'nutribiomed');
  await tickResults(page, ['NUTRIBIOMED']);
  const box = page.getByRole('searchbox', { name: /Search/ });

  await publishSnapshot(feedDir, versionTwo(), 2, key);
  await systemBackOnline(page);
  await expect(notice(page)).toContainText(
    'Catalogue updated to version 2: 1 new, 1 changed, 1 withdrawn',
    { timeout: 60_000 },
  );
  await expect(notice(page).getByRole('button', { name: 'What’s new' })).toBeVisible();
  // Nothing moved: the text, the selection, the open profile — which now says it was withdrawn.
  await expect(box).toHaveValue('nutribiomed');
  await expect(resultOption(page, 'NUTRIBIOMED')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('1 selected')).toBeVisible();
  await expect(page.locator('#profile-name')).toHaveText('Progresit');
  await expect(page.getByTestId('withdrawn-profile')).toContainText(
    'Withdrawn from the catalogue by the update to version 2',
  );
  // Its last known address names the country, as every profile does (it said "SK").
  await expect(
    page.getByTestId('withdrawn-profile').locator('.field', { hasText: 'Address' }),
  ).toContainText(/Slovakia$/);
  await search(page, 'kosice');
  await expect(resultOption(page, 'Košice IT Valley')).toBeVisible();

  // What's new, from the notice: grouped by sync, filterable, each row opening the profile.
  await notice(page).getByRole('button', { name: 'What’s new' }).click();
  await expect(page.getByRole('heading', { name: 'What’s new' })).toBeFocused();
  const latest = page.getByRole('region', { name: 'Update to version 2' });
  await expect(latest.locator('.change-added')).toContainText('Košice IT Valley');
  await expect(latest.locator('.change-changed')).toContainText('NUTRIBIOMED');
  await expect(latest.locator('.change-changed')).toContainText('changed: phone');
  await expect(latest.locator('.change-withdrawn')).toContainText('Progresit');
  await expect(page.getByTestId('update-notice')).toHaveCount(0);
  await page.getByRole('heading', { name: 'Updates' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(testInfo, 'updates.png') });

  await page.getByLabel('Show').selectOption({ label: 'Withdrawn' });
  await expect(latest.locator('.change-row')).toHaveCount(1);
  await latest.getByRole('link', { name: 'Progresit' }).click();
  await expect(page.getByTestId('withdrawn-profile')).toContainText('Progresit');
  await page.getByLabel('Show').selectOption({ label: 'All changes' });
  await latest.getByRole('link', { name: 'NUTRIBIOMED' }).click();
  await expect(page.locator('#profile-name')).toHaveText('NUTRIBIOMED');
  await expect(page.locator('.profile-panel')).toContainText('+421 2 1234 5678');
  await page.locator('#whats-new').scrollIntoViewIfNeeded();
  await page.locator('#whats-new').screenshot({ path: screenshotPath(testInfo, 'whats-new.png') });

  // axe in both themes on the Updates view with its status, notice-free, and What's new.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.help}`),
      scheme,
    ).toEqual([]);
  }

  // The shortlist flags what changed since it was last opened; entries are kept.
  await page.getByRole('button', { name: 'Shortlists' }).click();
  await expect(page.getByTestId('shortlist-flags')).toHaveText(
    'Since you last opened this list: 1 changed, 1 withdrawn.',
  );
  const items = page.locator('.shortlist-items');
  await expect(items.locator('li', { hasText: 'NUTRIBIOMED' })).toContainText('changed: phone');
  await expect(items.locator('li', { hasText: 'Progresit' })).toContainText('removed');
}

test('an automatic update keeps the scroll position of a long result list', async ({ page }) => {
  test.slow(); // two automatic updates on a worker of a busy 2-core machine
  await page.setViewportSize({ width: 1280, height: 560 });
  const app = await startApp({
    feed: { url: feed.url, publicPem: key.publicPem },
    checkEvery: '1m',
  });
  try {
    await openApp(page, app);
    await expect(notice(page)).toContainText('Catalogue updated to version 1', { timeout: 60_000 });
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    // Every organisation listed, scrolled down past the first rows.
    const scroller = page.locator('.result-scroller');
    await scroller.evaluate((el) => {
      el.scrollTo({ top: 240 });
    });
    const scrolledTo = await scroller.evaluate((el) => el.scrollTop);
    expect(scrolledTo).toBeGreaterThan(0);

    // Version 2 adds an organisation and withdraws none: 20 rows instead of 19.
    const added = {
      id: 'brno-tech',
      kind: 'cluster',
      name: 'Brno Tech',
      country: 'CZ',
      sectors: ['ict'],
    };
    await publishSnapshot(
      feedDir,
      { ...bundled, organisations: [...bundled.organisations, added] },
      2,
      key,
    );
    await systemBackOnline(page);
    await expect(notice(page)).toContainText('Catalogue updated to version 2', {
      timeout: 60_000,
    });
    // The list was searched again (the new organisation counted), and stays where the user was.
    await expect(page.getByTestId('total')).toContainText(String(bundled.organisations.length + 1));
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(scrolledTo);
  } finally {
    await app.stop();
  }
});
