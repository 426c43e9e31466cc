/**
 * Staff export exactly what they filtered: the file downloads, and reading it back gives the
 * organisations on screen; "Copy e-mail addresses" fills the clipboard for a BCC field.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, openApp, search, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

test('exports the current results as CSV and reads the file back', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await search(page, 'milan');
  const total = Number((await page.getByTestId('total').textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export contacts' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Format').selectOption('csv');
  await expect(dialog.getByRole('radio', { name: /Current results/ })).toBeChecked();
  await page.screenshot({ path: screenshotPath(testInfo, 'export-dialog.png') });

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const organisations = new Set(parsed.data.map((row) => Object.values(row)[0]));
  expect(organisations.size).toBe(total);
  expect([...organisations].join('|')).toContain('Milan Chamber of Commerce');
  await expect(dialog.getByRole('status')).toContainText(
    new RegExp(`Exported ${total} organisations? to `),
  );
});

test('copies the e-mail addresses of a selection', async ({ page, app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, app);
  await search(page, 'piestany');
  await page
    .getByRole('option', { name: /^Regional Development Agency of Piešťany/ })
    .locator('.result-check')
    .click();
  const bar = page.getByRole('group', { name: 'Selected organisations' });
  await expect(bar).toContainText('1 selected');
  await bar.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export contacts' });
  await expect(dialog.getByRole('radio', { name: /Selected organisations \(1\)/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Copy 1 e-mail address' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Copied 1 address/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'pnrra.piestany@gmail.com',
  );
});

test('unchecking "All columns" lets the user choose the columns written', async ({ page, app }) => {
  await openApp(page, app);
  await search(page, 'milan');
  await page.locator('.results-header').getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export contacts' });
  await dialog.getByLabel('Format').selectOption('csv');
  await dialog.getByRole('checkbox', { name: 'All columns' }).uncheck();
  // Nothing chosen yet: exporting would write no column, so it waits for a choice.
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Organisation', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'E-mail', exact: true }).check();

  const downloadPromise = page.waitForEvent('download');
  await exportButton.click();
  const download = await downloadPromise;
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]).toEqual(['Organisation', 'E-mail']);
});
