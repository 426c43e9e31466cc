/**
 * Events that tell the truth (#15.8): dates only as precise as the newsletter gave them ("June
 * 2012", with what is not published), filters by country, sector (with counts, only those with
 * events) and date range, no empty "Upcoming" section, events found by the main search, and the
 * search box not carrying the organisation search into the events view.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, search, test } from './support/fixtures';
import { inEachLocale } from './support/locales';
import { screenshotPath } from './support/screenshots';

// Every test starts on the opened app, its first search answered.
test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
});

const card = (page: Page, title: string) => page.locator('.event-card', { hasText: title });

async function openEvents(page: Page) {
  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Events', level: 2 })).toBeVisible();
  await expect(page.getByTestId('events-total')).toBeVisible();
}

test('dates read as precisely as they are known, past events only, no empty Upcoming', async ({
  page,
}, testInfo) => {
  await openEvents(page);
  await expect(page.getByTestId('events-total')).toHaveText('8 events');
  // The bundled events are all in 2011–2012: no "Upcoming" heading with nothing under it.
  await expect(page.getByRole('heading', { name: 'Upcoming' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Past' })).toBeVisible();

  const stuttgart = card(page, 'Third Exchange forum');
  await expect(stuttgart.locator('.event-date time')).toHaveText('June 2012');
  await expect(stuttgart.locator('.event-date')).toContainText('exact dates not yet published');
  await expect(stuttgart.locator('time')).toHaveAttribute('datetime', '2012-06');
  await expect(card(page, 'Mid-term Observer').locator('time')).toHaveText(
    'September – November 2011',
  );
  await expect(card(page, 'First Exchange forum').locator('time')).toHaveText(
    'February 21 – 22, 2012',
  );
  // Most recent first: June 2012 before the April forum, the 1-day events in their places.
  const titles = await page.locator('.event-card h4').allTextContents();
  expect(titles.slice(0, 2)).toEqual([
    'Third Exchange forum: ICT and Health',
    'Second Exchange forum: Food and Tourism',
  ]);
  await page.screenshot({ path: screenshotPath(testInfo, 'events.png') });
});

test('filters by country, sector and dates, with counts for what has events', async ({ page }) => {
  await openEvents(page);
  const sector = page.getByLabel('Sector');
  const country = page.getByLabel('Country');
  // Only sectors with events are offered, each with its count.
  await expect(sector.locator('option')).toContainText([
    'All sectors',
    'Energy & Environment (1)',
    'Tourism (1)',
    'Health (2)',
    'Food (2)',
  ]);
  await expect(sector.locator('option', { hasText: 'Wood' })).toHaveCount(0);
  await expect(country.locator('option')).toContainText(['All countries', 'Austria (2)']);

  await country.selectOption('IT');
  await expect(page.getByTestId('events-total')).toHaveText('2 events');
  // Sector counts follow the country; the countries keep theirs under no sector.
  await expect(sector.locator('option', { hasText: 'Food' })).toHaveText('Food (1)');
  await sector.selectOption('creative-industries');
  await expect(page.locator('.event-card h4')).toHaveText([/Innovation Festival finale/]);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('events-total')).toHaveText('8 events');
  // A date range touching June 2012 finds the forum known only to the month.
  await page.getByLabel('From', { exact: true }).fill('2012-06-30');
  await page.getByLabel('To', { exact: true }).fill('2012-07-15');
  await expect(page.locator('.event-card h4')).toHaveText(['Third Exchange forum: ICT and Health']);
  await page.getByLabel('From', { exact: true }).fill('2012-07-01');
  await expect(
    page.getByText('No events match. Remove a filter or change the dates.'),
  ).toBeVisible();
});

test('the main search finds events; the events view has its own words', async ({ page }) => {
  await search(page, 'forum');
  await expect(page.getByText('3 events match “forum”.')).toBeVisible();
  await page.getByRole('button', { name: 'Show in Events' }).click();
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await expect(box).toHaveValue('forum');
  await expect(page.getByTestId('events-total')).toHaveText('3 events');
  // Typing here searches events, without leaving the view.
  await box.fill('stuttgart');
  await expect(page.locator('.event-card h4')).toHaveText(['Third Exchange forum: ICT and Health']);

  // Back in Search the organisation search is as it was; a new one is not carried into Events.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const orgBox = page.getByRole('searchbox', { name: /Search organisations/ });
  await expect(orgBox).toHaveValue('forum');
  await search(page, 'milan');
  await openEvents(page);
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('stuttgart');
  await box.fill('');
  await expect(page.getByTestId('events-total')).toHaveText('8 events');
});

test.describe('in other languages', () => {
  inEachLocale(
    [
      ['de-DE', 'Juni 2012', '8 Veranstaltungen'],
      ['pl-PL', 'czerwiec 2012', '8 wydarzeń'],
    ] as const,
    (_locale, june, total) => {
      test(`"${june}"`, async ({ page }) => {
        await page.locator('.view-tabs button').nth(1).click();
        await expect(page.getByTestId('events-total')).toHaveText(total);
        await expect(card(page, 'Third Exchange forum').locator('time')).toHaveText(june);
      });
    },
  );
});
