/**
 * Honest contact data (#15 point 1): a QR contact card only when it carries an e-mail address or
 * a phone, saying what it holds; before exporting or copying, how many chosen organisations can
 * be reached, in the interface's language, with what would do nothing disabled.
 */
import { expect, openApp, resultOption, search, test, tickResults } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

// Every test starts on the opened app, its first search answered.
test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
});

test('a profile offers a contact card only with a way to reach someone', async ({
  page,
}, testInfo) => {
  await search(page, 'piestany');
  await resultOption(page, 'Town of Piešťany').click();
  const profile = page.locator('.profile-panel');
  await expect(profile.locator('#profile-name')).toHaveText('Town of Piešťany');
  await expect(profile.getByTestId('no-contact-details')).toHaveText(
    'No phone or e-mail in the catalogue',
  );
  await expect(profile.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath(testInfo, 'profile-no-contact-details.png') });

  await resultOption(page, 'Regional Development Agency of Piešťany').click();
  await expect(profile.locator('#profile-name')).toHaveText(
    'Regional Development Agency of Piešťany',
  );
  await expect(profile.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(profile.locator('.qr-holds')).toHaveText(
    'On the card: organisation, e-mail, phone, website, and address.',
  );
  await expect(profile.getByTestId('no-contact-details')).toHaveCount(0);
});

test('export says how many can be reached before acting, and disables what would do nothing', async ({
  page,
}, testInfo) => {
  await search(page, 'piestany');
  // Two organisations without an e-mail address or a phone.
  await tickResults(page, ['Town of Piešťany', 'Progresit']);
  const bar = page.getByRole('group', { name: 'Selected organisations' });
  await bar.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export contacts' });
  await expect(dialog.getByTestId('export-summary')).toHaveText(
    '2 organisations: none has an e-mail address or a phone. The file will hold names, postal addresses and websites only.',
  );
  await expect(dialog.getByRole('button', { name: 'Copy e-mail addresses' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();

  // The current results: one of them can be reached.
  await dialog.getByRole('radio', { name: /Current results/ }).check();
  const total = Number((await page.getByTestId('total').textContent())?.match(/\d+/)?.[0]);
  await expect(dialog.getByTestId('export-summary')).toHaveText(
    `${total} organisations: 1 has an e-mail address or a phone.`,
  );
  const copy = dialog.getByRole('button', { name: 'Copy 1 e-mail address' });
  await expect(copy).toBeEnabled();
  await page.screenshot({ path: screenshotPath(testInfo, 'export-contact-summary.png') });

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await downloadPromise;
  await expect(dialog.getByRole('status')).toContainText(`Exported ${total} organisations to `);
});

test.describe('in Polish', () => {
  test.use({ locale: 'pl-PL' });

  test('counts with Polish plural forms', async ({ page }) => {
    await expect(page.getByTestId('total')).toContainText(/\d+ organizac/);
    await page.locator('#search-input').fill('piestany agency');
    await expect(
      page.locator('section.results[data-query="piestany agency"][data-pending="false"]'),
    ).toBeVisible();
    await expect(page.getByTestId('total')).toHaveText('5 organizacji');
    await tickResults(page, ['Town of Piešťany', 'Progresit']);
    await page
      .getByRole('group', { name: 'Zaznaczone organizacje' })
      .getByRole('button', { name: 'Eksportuj…' })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('export-summary')).toContainText(
      '2 organizacje: żadna nie ma adresu e-mail ani telefonu.',
    );
    await dialog.getByRole('radio').first().check();
    await expect(dialog.getByTestId('export-summary')).toHaveText(
      '5 organizacji: 1 ma adres e-mail lub telefon.',
    );
    await expect(dialog.getByRole('button', { name: 'Kopiuj 1 adres e-mail' })).toBeEnabled();
  });
});
