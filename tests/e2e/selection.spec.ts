/**
 * A selection you can see (#15 point 2): ticked rows stay visible in a bar across searches; the
 * bar, not the results' Export…, exports them; several go into a shortlist at once.
 */
import { expect, openApp, search, test, tickResults } from './support/fixtures';
import { expectFocusNotOnBody } from './support/layout';
import { screenshotPath } from './support/screenshots';

test.use({ freshApp: true }); // adds to a shortlist

test('the selection stays visible, exports only from its bar, and fills a shortlist', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await search(page, 'piestany');
  await tickResults(page, ['Town of Piešťany', 'Progresit']);
  const bar = page.getByRole('group', { name: 'Selected organisations' });
  await expect(bar).toContainText('2 selected');

  // A new search shows none of them: the bar still says they are selected.
  await search(page, 'milan');
  await expect(page.getByRole('option', { name: /^Town of Piešťany/ })).toHaveCount(0);
  await expect(bar).toContainText('2 selected');
  await page.screenshot({ path: screenshotPath(testInfo, 'selection-bar.png') });

  // The results' Export… exports the results, never the selection out of sight.
  await page.locator('.results-header').getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export contacts' });
  await expect(dialog.getByRole('radio', { name: /Current results/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await bar.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('radio', { name: 'Selected organisations (2)' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expectFocusNotOnBody(page);

  // Both go into a new shortlist at once; a second time there is nothing to add.
  await bar.getByRole('button', { name: 'Add to shortlist…' }).click();
  const name = bar.getByRole('textbox', { name: 'New shortlist name' });
  await expect(name).toBeFocused();
  await name.fill('Fair Vienna');
  await name.press('Enter');
  await expect(bar.getByRole('status')).toHaveText('Added 2 organisations to “Fair Vienna”.');
  await expect(bar.getByRole('button', { name: 'Add to shortlist…' })).toBeFocused();
  await bar.getByRole('button', { name: 'Add to shortlist…' }).click();
  await bar.getByRole('button', { name: /^Fair Vienna/ }).click();
  await expect(bar.getByRole('status')).toHaveText('Already in “Fair Vienna”: nothing to add.');

  await page.getByRole('button', { name: /^Shortlists/ }).click();
  const list = page.locator('.shortlist-items');
  await expect(list.getByRole('link')).toHaveText(['Progresit', 'Town of Piešťany']);

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await bar.getByRole('button', { name: 'Clear' }).click();
  await expect(bar).toHaveCount(0);
  await expectFocusNotOnBody(page);
});
