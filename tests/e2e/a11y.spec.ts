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
    await search(page, 'cluster');
    await page.locator('.result-name').first().click();
    await expect(page.locator('#profile-name')).toBeVisible();
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    if (scheme === 'dark')
      await page.screenshot({ path: screenshotPath(testInfo, 'dark-mode.png') });

    for (const view of ['Events', 'Shortlists', 'Updates', 'Settings']) {
      await page.getByRole('button', { name: new RegExp(`^${view}`) }).click();
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      expect(await seriousViolations(page), view).toEqual([]);
    }

    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export contacts' })).toBeVisible();
    expect(await seriousViolations(page), 'export dialog').toEqual([]);
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
