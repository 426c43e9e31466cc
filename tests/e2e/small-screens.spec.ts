/**
 * Small screens (#15 point 4): with a profile open below 1360 px (or any view below 1000 px) the
 * filter column becomes a *Filters* drawer. At 1024×640 and 1280×720 nothing a user needs is
 * cut: result names whole or with a tooltip, the results header on one line, filter labels whole
 * — measured on element boxes, in English, German and Polish.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { cut, cutWithoutTitle, expectOneLine } from './support/layout';
import { screenshotPath } from './support/screenshots';

const LONGEST = 'Centre for Research, Innovation and Regional Development';

async function openLongestProfile(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('total')).toHaveText(/\d/);
  await page.locator('#search-input').fill('centre research innovation');
  await page.getByRole('option', { name: new RegExp(`^${LONGEST}`) }).click();
  await expect(page.locator('#profile-name')).toContainText(LONGEST);
}

for (const [width, height] of [
  [1024, 640],
  [1280, 720],
] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('with a profile open, the filters are a drawer and nothing is cut', async ({
      page,
      app,
    }, testInfo) => {
      await openLongestProfile(page, app.url);
      await expect(page.locator('.search-page > .facet-panel')).toHaveCount(0);
      const filters = page.getByRole('button', { name: 'Filters' });
      await expect(filters).toBeVisible();

      expect(await cutWithoutTitle(page.locator('.result-name'))).toEqual([]);
      expect(await cut(page.locator('.results-header button'))).toEqual([]);
      await expectOneLine(page.locator('.results-header'));
      await page.screenshot({ path: screenshotPath(testInfo, `profile-${width}x${height}.png`) });

      // The drawer opens from the keyboard, holds focus, shows whole labels, and Escape
      // returns to the button.
      await filters.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name: 'Filters' });
      await expect(drawer).toBeVisible();
      expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      await expect(drawer.locator('.facet-label').first()).toBeVisible();
      expect(await cut(drawer.locator('.facet-label'))).toEqual([]);
      if (width === 1024) {
        await page.screenshot({ path: screenshotPath(testInfo, 'filters-drawer-1024x640.png') });
      }
      await drawer
        .getByRole('checkbox', { name: /^Slovakia|^Czech/ })
        .first()
        .check();
      await drawer.getByRole('button', { name: 'Show results' }).click();
      await expect(drawer).toHaveCount(0);
      await expect(filters).toBeFocused();
      await expect(filters).toContainText('1');
      await filters.press('Enter');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Filters' })).toHaveCount(0);
      await expect(filters).toBeFocused();
      // Escape in the drawer closed only the drawer.
      await expect(page.locator('#profile-name')).toContainText(LONGEST);
    });
  });
}

test.describe('without a profile at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the filter column stays, with its labels whole', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByTestId('total')).toHaveText(/\d/);
    const column = page.locator('.search-page > .facet-panel');
    await expect(column).toBeVisible();
    expect(await cut(column.locator('.facet-label'))).toEqual([]);
    expect(await cutWithoutTitle(page.locator('.result-name'))).toEqual([]);
    await expectOneLine(page.locator('.results-header'));
  });
});

for (const [locale, filtersLabel, selected] of [
  ['de-DE', 'Filter', 'ausgewählt'],
  ['pl-PL', 'Filtry', 'zaznaczone'],
] as const) {
  test.describe(`1024×640 in ${locale}`, () => {
    test.use({ viewport: { width: 1024, height: 640 }, locale });

    test('the header and the selection bar fit, in the longer words', async ({
      page,
      app,
    }, testInfo) => {
      await openLongestProfile(page, app.url);
      await expect(page.getByRole('button', { name: filtersLabel, exact: true })).toBeVisible();
      await page
        .locator('#search-results')
        .getByRole('option')
        .nth(0)
        .locator('.result-check')
        .click();
      await page
        .locator('#search-results')
        .getByRole('option')
        .nth(1)
        .locator('.result-check')
        .click();
      const bar = page.locator('.selection-bar');
      await expect(bar).toContainText(`2 ${selected}`);
      await expectOneLine(page.locator('.results-header'));
      expect(await cut(page.locator('.results-header button, .selection-bar button'))).toEqual([]);
      expect(await cutWithoutTitle(page.locator('.result-name'))).toEqual([]);
      const barHeight = await bar.evaluate((el) => el.getBoundingClientRect().height);
      expect(barHeight).toBeLessThan(60); // one line of buttons
      await page.screenshot({
        path: screenshotPath(testInfo, `profile-1024x640-${locale.slice(0, 2)}.png`),
      });
    });
  });
}
