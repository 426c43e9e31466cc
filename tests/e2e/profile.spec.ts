/**
 * Opening a profile shows every field as text, contact links, the clusters it belongs to as
 * links that open those profiles, and a scannable QR code of a contact card.
 */
import { expect, openApp, search, test } from './support/fixtures';
import { screenshotPath } from './support/screenshots';

// Every test starts on the opened app, its first search answered.
test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
});

test('a profile shows its fields, links and a QR code', async ({ page }, testInfo) => {
  await search(page, 'piestany agency');
  await page
    .locator('.result-name', { hasText: /^Regional Development Agency of Piešťany$/ })
    .click();

  const profile = page.locator('.profile-panel');
  await expect(profile.locator('#profile-name')).toHaveText(
    'Regional Development Agency of Piešťany',
  );
  await expect(profile.getByRole('link', { name: 'pnrra.piestany@gmail.com' })).toHaveAttribute(
    'href',
    'mailto:pnrra.piestany@gmail.com',
  );
  await expect(profile.getByRole('link', { name: 'http://www.pnrra.sk/' })).toHaveAttribute(
    'href',
    'http://www.pnrra.sk/',
  );
  await expect(profile).toContainText('Slovensko');

  const qr = profile.getByRole('img', { name: /QR code/ });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await qr.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(testInfo, 'profile-with-qr.png') });

  // Members link to their profiles; the cluster it belongs to does too.
  await profile.getByRole('link', { name: 'Town of Piešťany' }).click();
  await expect(profile.locator('#profile-name')).toHaveText('Town of Piešťany');
  await profile.getByRole('link', { name: 'Regional Development Agency of Piešťany' }).click();
  await profile.getByRole('link', { name: 'Clusters-Cord' }).click();
  await expect(profile.locator('#profile-name')).toHaveText('Clusters-Cord');

  await profile.getByRole('button', { name: 'Close profile' }).click();
  await expect(profile).toHaveCount(0);
});

test('events: upcoming and past, filtered by sector, organisers open profiles', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Events' }).click();
  const past = page.getByRole('region', { name: 'Past' });
  await expect(past.locator('.event-card').first()).toBeVisible();
  const all = await past.locator('.event-card').count();
  await page.getByLabel('Sector').selectOption({ label: 'ICT (1)' }); // each sector with its count
  await expect.poll(() => past.locator('.event-card').count()).toBeLessThan(all);
  await past.getByRole('link', { name: 'Clusters-Cord' }).first().click();
  await expect(page.locator('#profile-name')).toHaveText('Clusters-Cord');
});
