/**
 * Playwright fixtures: `app` is web mode on a fresh temporary database (per test), opened in
 * the page; helpers find what a user sees.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startApp, type AppOptions, type RunningApp } from './app';

export const test = base.extend<{ appOptions: AppOptions; app: RunningApp }>({
  appOptions: [{}, { option: true }],
  app: async ({ appOptions }, use) => {
    const app = await startApp(appOptions);
    try {
      await use(app);
    } finally {
      await app.stop();
    }
  },
});

export { expect };

/** Opens the app and waits for the first answered search. */
export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByTestId('total')).toContainText(/\d+ organisations?/);
}

/** Types into the search box and waits until the results belong to that text. */
export async function search(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill(text);
  await expect(
    page.locator(`section.results[data-query="${text.trim()}"][data-pending="false"]`),
  ).toBeVisible();
}

export function resultNames(page: Page) {
  return page.locator('.result-name');
}
