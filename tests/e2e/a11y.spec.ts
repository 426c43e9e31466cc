/**
 * Accessibility: axe-core finds no serious or critical violation in the main views, in the
 * light and the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, search, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

// The slowest file (axe on six screens, twice): its tests spread over the workers.
test.describe.configure({ mode: 'parallel' });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations (${scheme})`, async ({ page, app }, testInfo) => {
    test.slow(); // axe analyses six screens
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, app);
    await search(page, 'piestany');
    await page.getByRole('option', { name: /^Regional Development Agency/ }).click();
    await expect(page.locator('#profile-name')).toBeVisible();
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    // A ticked row, the selection bar and its open shortlist menu.
    await page
      .getByRole('option', { name: /^Progresit/ })
      .locator('.result-check')
      .click();
    await page.getByRole('button', { name: 'Add to shortlist…' }).click();
    await expect(page.getByRole('textbox', { name: 'New shortlist name' }).first()).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    if (scheme === 'dark')
      await page.screenshot({ path: screenshotPath(testInfo, 'dark-mode.png') });

    for (const view of ['Events', 'Shortlists', 'Updates', 'Settings']) {
      await page.getByRole('button', { name: new RegExp(`^${view}`) }).click();
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      expect(await seriousViolations(page), view).toEqual([]);
    }

    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('.results-header').getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export contacts' });
    await expect(dialog.getByTestId('export-summary')).toContainText('organisations:');
    // With its column boxes, the hint under them and the file options showing.
    await dialog.getByRole('checkbox', { name: 'All columns' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
    await expect(dialog.getByTestId('column-hint')).toHaveText(
      'Writes 1 column, in the order shown.',
    );
    expect(await seriousViolations(page), 'export dialog').toEqual([]);
  });

  test(`no serious or critical axe violations on a small screen (${scheme})`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, app);
    await search(page, 'piestany');
    await page.getByRole('option', { name: /^Town of Piešťany/ }).click();
    await expect(page.getByTestId('no-contact-details')).toBeVisible();
    expect(await seriousViolations(page), 'profile without contact details').toEqual([]);
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
    expect(await seriousViolations(page), 'filters drawer').toEqual([]);
  });
}

test.describe('settings', () => {
  test.use({ freshApp: true }); // changes the stored settings

  test('the theme and language settings override the system', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page, app);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByLabel('Language').selectOption('de');
    await expect(page.getByRole('heading', { name: 'Einstellungen' })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Suche' })).toBeVisible();
  });
});
