/**
 * Filters that agree (#15.9): the region tree's countries named in the interface language while
 * regions keep their official names, checked values at the top, facet groups with no values
 * hidden, and one number format for every count.
 */
import { expect, openApp, test } from './support/fixtures';
import { inEachLocale } from './support/locales';
import { screenshotPath } from './support/screenshots';

// Every test starts on the opened app, its first search answered.
test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
});

test('the region tree names countries as the Country facet does; regions keep their names', async ({
  page,
}, testInfo) => {
  const regions = page.getByRole('group', { name: 'Region' });
  await expect(regions.getByRole('checkbox', { name: 'Austria' })).toBeVisible();
  await expect(regions.getByText('Österreich', { exact: true })).toHaveCount(0);
  await regions.getByRole('button', { name: 'Show regions in Austria' }).click();
  await expect(regions.getByText('Westösterreich')).toBeVisible();

  // A checked value moves to the top of its group; unchecked, it goes back.
  await regions.getByRole('checkbox', { name: 'Poland' }).check();
  await expect(regions.locator('.facet-label').first()).toHaveText('Poland');
  await regions.getByRole('checkbox', { name: 'Poland' }).uncheck();
  await expect(regions.locator('.facet-label').first()).toHaveText('Italy');
  const sectors = page.getByRole('group', { name: 'Sector' });
  await sectors.getByRole('checkbox', { name: 'Tourism' }).check();
  await expect(sectors.locator('.facet-label').first()).toHaveText('Tourism');
  await page.screenshot({ path: screenshotPath(testInfo, 'filters.png') });
  await sectors.getByRole('checkbox', { name: 'Tourism' }).uncheck();
  await expect(sectors.locator('.facet-label').first()).toHaveText('Food');
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });
  test('the tree says Österreich where the interface is German', async ({ page }) => {
    const regions = page.getByRole('group', { name: 'Region' });
    await expect(regions.getByRole('checkbox', { name: 'Österreich' })).toBeVisible();
  });
});

/** A directory of 1,234 schools: no services, no regions, one verified, few described. */
function directory() {
  const countries = ['AT', 'DE', 'PL', 'SK'];
  return {
    schema: 'metacluster-catalogue/1',
    organisations: Array.from({ length: 1234 }, (_, i) => ({
      id: `school-${String(i)}`,
      kind: 'research',
      name: `School number ${String(i)}`,
      country: countries[i % countries.length],
      city: 'Linz',
      ...(i === 0 ? { verified_at: '2026-01-15', description: 'The one described.' } : {}),
    })),
  };
}

test.describe('a directory without services or regions', () => {
  test.use({ freshApp: true, appOptions: { source: directory() } });

  test('rows without a description take one line; "Not verified yet" where verification is recorded', async ({
    page,
  }) => {
    await page.getByLabel('Sort by').selectOption('name');
    const lines = (name: string) =>
      page
        .locator('.result-row', { hasText: name })
        .first()
        .locator('.result-open')
        .evaluate((el) => Math.round(el.getBoundingClientRect().height / 18));
    await expect(page.locator('.result-name').first()).toHaveText('School number 0');
    expect(await lines('School number 0')).toBe(2); // name and place, then its description
    expect(await lines('School number 1')).toBe(1);
    await page.locator('.result-name', { hasText: 'School number 1' }).first().click();
    await expect(page.locator('#profile-name')).toHaveText('School number 1');
    await expect(page.getByText('Not verified yet')).toBeVisible();
  });

  inEachLocale(
    [
      ['en-GB', '1,234 organisations', '1,234'],
      ['de-DE', '1.234 Organisationen', '1.234'],
    ] as const,
    (_locale, total, count) => {
      test(`hides the empty facets and counts "${total}"`, async ({ page }) => {
        await expect(page.getByTestId('total')).toHaveText(total);
        // No sectors, regions or service types in this directory: only kind and country.
        await expect(page.locator('.facet-group legend')).toHaveCount(2);
        await expect(page.locator('.facet-count').first()).toHaveText(count);
      });
    },
  );
});
