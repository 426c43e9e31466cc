/**
 * A cluster manager at a fair searches as they type: with or without diacritics, with a typo,
 * then narrows by sector and region and sees the counts change.
 */
import { expect, openApp, resultNames, search, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

// Every test starts on the opened app, its first search answered.
test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
});

test('finds organisations with and without diacritics and despite a typo', async ({ page }) => {
  await search(page, 'Piešťany');
  await expect(resultNames(page).first()).toContainText('Piešťany');

  await search(page, 'piestany');
  await expect(resultNames(page).first()).toContainText('Piešťany');
  await expect(page.locator('.result-name mark').first()).toBeVisible();

  await search(page, 'nutribiomd');
  await expect(resultNames(page).first()).toContainText('NUTRIBIOMED');
});

test('keyboard: / focuses, arrows and Enter open a profile, Esc clears', async ({ page }) => {
  await page.locator('body').click();
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: /Search/ });
  await expect(box).toBeFocused();
  await box.pressSequentially('milan');
  await expect(
    page.locator('section.results[data-query="milan"][data-pending="false"]'),
  ).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.locator('#profile-name')).toContainText(/Mil/);
  await box.press('Escape');
  await expect(box).toHaveValue('');
});

test('filters by sector and region; counts follow', async ({ page }, testInfo) => {
  const total = page.getByTestId('total');
  const before = Number((await total.textContent())?.match(/\d+/)?.[0]);

  const sector = page.getByRole('group', { name: 'Sector' }).getByRole('checkbox').first();
  const sectorName =
    (await page
      .getByRole('group', { name: 'Sector' })
      .locator('.facet-label')
      .first()
      .textContent()) ?? '';
  await sector.check();
  await expect(page.getByRole('button', { name: `Remove filter ${sectorName}` })).toBeVisible();
  await expect(total).not.toHaveText(`${before} organisations`);
  const afterSector = Number((await total.textContent())?.match(/\d+/)?.[0]);
  expect(afterSector).toBeLessThan(before);

  // Region: expand a country in the NUTS tree and pick one of its regions.
  const regions = page.getByRole('group', { name: 'Region' });
  await regions
    .getByRole('button', { name: /Show regions in/ })
    .first()
    .click();
  const regionBox = regions.locator('.tree-children input[type=checkbox]').first();
  await regionBox.check();
  await expect(page.locator('.chip')).toHaveCount(2);
  const afterRegion = Number((await total.textContent())?.match(/\d+/)?.[0]);
  expect(afterRegion).toBeLessThanOrEqual(afterSector);

  await page.screenshot({ path: screenshotPath(testInfo, 'search-with-facets.png') });
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(total).toHaveText(`${before} organisations`);
});

test('catalogue text stays text: a fuzzy facet filter matches without diacritics', async ({
  page,
}) => {
  const regions = page.getByRole('group', { name: 'Region' });
  await regions.getByRole('searchbox', { name: /Filter the Region list/ }).fill('trnavsky');
  await expect(regions.locator('.facet-label').first()).toContainText(/Trnavsk/);
});

test.describe('in the system language, Polish', () => {
  test.use({ locale: 'pl-PL' });

  test('facets, kind badges and filter chips all speak Polish', async ({ page }) => {
    await expect(page.getByTestId('total')).toContainText(/\d+ organizac/);
    const kinds = page.getByRole('group', { name: 'Rodzaj organizacji' });
    await expect(kinds.locator('.facet-label', { hasText: /^Klaster$/ })).toBeVisible();
    await expect(kinds.locator('.facet-label', { hasText: /^Agencja rozwoju$/ })).toBeVisible();
    await expect(page.locator('.kind-badge', { hasText: 'Klaster' }).first()).toBeVisible();
    await kinds.getByRole('checkbox', { name: 'Klaster' }).check();
    await expect(page.getByRole('button', { name: 'Usuń filtr Klaster' })).toBeVisible();
  });
});
