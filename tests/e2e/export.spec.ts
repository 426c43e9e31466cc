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
  // The name says what the file holds: the search, and the day.
  expect(download.suggestedFilename()).toMatch(/^contacts-milan-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const organisations = new Set(parsed.data.map((row) => Object.values(row)[0]));
  expect(organisations.size).toBe(total);
  expect([...organisations].join('|')).toContain('Milan Chamber of Commerce');
  // Web mode says where the file went; the dialog's work is done, so its button closes it.
  await expect(dialog.getByRole('status')).toContainText(
    new RegExp(`Exported ${total} organisations? to contacts-milan-.*in your browser’s downloads`),
  );
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();
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

test('unchecking "All columns" lets the user choose the columns written', async ({
  page,
  app,
}, testInfo) => {
  // On a small screen, where the column boxes make the dialog tallest.
  await page.setViewportSize({ width: 1024, height: 640 });
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

  await expect(dialog.getByTestId('column-hint')).toHaveText(
    'Writes 2 columns, in the order shown.',
  );
  await expect(exportButton).toBeInViewport();
  await page.screenshot({ path: screenshotPath(testInfo, 'export-columns-small.png') });
  const downloadPromise = page.waitForEvent('download');
  await exportButton.click();
  const download = await downloadPromise;
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]).toEqual(['Organisation', 'E-mail']);
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });
  test('column names and kinds in German, or in English for scripts', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await page.getByRole('searchbox').first().fill('milan');
    await expect(
      page.locator('section.results[data-query="milan"][data-pending="false"]'),
    ).toBeVisible();
    await page.locator('.results-header').getByRole('button', { name: 'Exportieren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kontakte exportieren' });
    await dialog.getByRole('checkbox', { name: 'Alle Spalten' }).uncheck();
    for (const column of ['Organisation', 'Art', 'Ort']) {
      await dialog.getByRole('checkbox', { name: column, exact: true }).check();
    }
    await page.screenshot({ path: screenshotPath(testInfo, 'export-columns-de.png') });

    const read = async () => {
      const downloadPromise = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Exportieren', exact: true }).click();
      const download = await downloadPromise;
      const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    };
    const german = await read();
    expect(german[0]).toEqual(['Organisation', 'Art', 'Ort']);
    expect(german.slice(1).map((row) => row[1])).toContain('Cluster');
    await expect(dialog.getByRole('status')).toContainText('in den Downloads Ihres Browsers');
    await expect(
      dialog.getByRole('button', { name: 'Schließen', exact: true }).last(),
    ).toBeVisible();

    // Changing a choice makes the button export again.
    await dialog.getByRole('checkbox', { name: 'Spaltennamen auf Englisch (für Skripte)' }).check();
    const english = await read();
    expect(english[0]).toEqual(['Organisation', 'Kind', 'City']);
    expect(english.slice(1).map((row) => row[1])).toContain('cluster');
  });
});
