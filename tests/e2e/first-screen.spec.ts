/**
 * First screen and orientation (#15.10): what the network and the app are, the catalogue at a
 * glance and a search to try; "Not verified yet" only where the catalogue records verification;
 * rows without a description on one line; one shortcut hint; a favicon; the search in the
 * address (web mode) surviving a reload, with Back and Forward; Shortlists with room for a
 * name and a quiet Delete.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, resultNames, search, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

// Every test starts on the opened app, its first search answered.
test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('says what this is, shows the catalogue at a glance and offers a search to try', async ({
  page,
}, testInfo) => {
  const welcome = page.getByRole('region', { name: 'The network’s catalogue, on this computer' });
  await expect(welcome).toContainText('A meta-cluster network: industry clusters');
  await expect(welcome.getByRole('button', { name: 'Food · 4' })).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Slovakia · 5' })).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, 'first-screen.png') });

  // The example is a place typed without its diacritics, and finds it.
  await welcome.getByRole('button', { name: 'piestany' }).click();
  await expect(page.getByRole('searchbox', { name: /Search organisations/ })).toHaveValue(
    'piestany',
  );
  await expect(resultNames(page).first()).toContainText('Piešťany');
  await expect(welcome).toHaveCount(0);

  // A sector at a glance is a filter.
  await page.getByRole('searchbox', { name: /Search organisations/ }).fill('');
  await welcome.getByRole('button', { name: 'Food · 4' }).click();
  await expect(page.getByTestId('total')).toHaveText('4 organisations');
  await expect(
    page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: 'Food' }),
  ).toBeChecked();

  // Hidden once, it stays hidden.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('button', { name: 'Hide introduction' }).click();
  await expect(welcome).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('total')).toHaveText('19 organisations');
  await expect(welcome).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    // The page opens in this scheme (the app follows the system's).
    test.use({ colorScheme: scheme });

    test(`the first screen and the events view are axe-clean (${scheme})`, async ({ page }) => {
      await expect(page.locator('.welcome')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Events', exact: true }).click();
      await page.getByLabel('Country').selectOption('DE');
      await expect(page.getByTestId('events-total')).toHaveText('1 event');
      expect(await seriousViolations(page), 'events').toEqual([]);
      await page.getByRole('button', { name: 'Shortlists' }).click();
      await page.getByLabel('New shortlist name').fill('Axe');
      await page.getByRole('button', { name: 'Create shortlist' }).click();
      await expect(page.getByRole('button', { name: 'Delete shortlist Axe' })).toBeVisible();
      expect(await seriousViolations(page), 'shortlists').toEqual([]);
      await page.getByRole('button', { name: 'Delete shortlist Axe' }).click({ trial: true });
    });
  });
}

test('one shortcut hint, a favicon, and no "Not verified yet" where nothing is verified', async ({
  page,
}) => {
  const box = page.getByRole('searchbox', { name: /Search organisations/ });
  await expect(box).toHaveAttribute('placeholder', 'Search organisations, services, people…');
  await expect(page.locator('.search-box kbd')).toHaveCount(1);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const answer = await page.request.get(new URL(icon ?? '', page.url()).href);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('image/svg+xml');

  // The bundled catalogue records no verification: a profile does not claim "not verified".
  await search(page, 'piestany');
  await resultNames(page).first().click();
  await expect(page.locator('#profile-name')).toBeVisible();
  await expect(page.getByText('Not verified yet')).toHaveCount(0);
});

test('the search and its filters live in the address: reload, Back and Forward', async ({
  page,
}) => {
  await search(page, 'milan');
  const food = page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: 'Food' });
  const all = await page.getByTestId('total').textContent();
  await food.check();
  await expect(page).toHaveURL(/\?q=milan&sector=food$/);
  await expect(page.getByTestId('total')).not.toHaveText(all ?? '');
  const narrowed = await page.getByTestId('total').textContent();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: /Search organisations/ })).toHaveValue('milan');
  await expect(food).toBeChecked();
  await expect(page.getByTestId('total')).toHaveText(narrowed ?? '');

  await page.goBack();
  await expect(page).toHaveURL(/\?q=milan$/);
  await expect(food).not.toBeChecked();
  await expect(page.getByTestId('total')).toHaveText(all ?? '');
  await page.goForward();
  await expect(food).toBeChecked();
  await expect(page.getByTestId('total')).toHaveText(narrowed ?? '');
});

test.describe('at 1024×640', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('Shortlists: the whole name fits, Delete is a quiet link', async ({ page }, testInfo) => {
    await page.getByRole('button', { name: 'Shortlists' }).click();
    const name = page.getByLabel('New shortlist name');
    await name.fill('Trade fair Linz 2026 visits');
    const field = await name.evaluate((el: HTMLInputElement) => ({
      width: el.clientWidth,
      needed: el.scrollWidth,
    }));
    expect(field.needed).toBeLessThanOrEqual(field.width);
    await page.getByRole('button', { name: 'Create shortlist' }).click();
    const remove = page.getByRole('button', {
      name: 'Delete shortlist Trade fair Linz 2026 visits',
    });
    await expect(remove).toHaveText('Delete shortlist…');
    await expect(remove).toHaveClass(/link-button/);
    await expect(page.getByRole('button', { name: 'Export this shortlist…' })).toHaveClass(
      /\bbutton\b/,
    );
    await page.screenshot({ path: screenshotPath(testInfo, 'shortlists-1024.png') });
  });

  test('the first screen fits', async ({ page }, testInfo) => {
    const welcome = page.locator('.welcome');
    await expect(welcome).toBeVisible();
    const box = await welcome.boundingBox();
    // The introduction leaves most of the window to the results.
    expect(box?.height ?? 640).toBeLessThan(640 / 2);
    await page.screenshot({ path: screenshotPath(testInfo, 'first-screen-1024.png') });
  });
});
