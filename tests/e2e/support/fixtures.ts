/**
 * Playwright fixtures. `app` is web mode (`catalogue serve`) on a temporary database: by
 * default one per test file (its tests only read, so they share it and the file pays for one
 * server start); tests that change the catalogue or settings ask for `freshApp` and get their
 * own. Helpers find what a user sees.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startApp, type AppOptions, type RunningApp } from './app';

interface FileServer {
  file: string;
  app: Promise<RunningApp>;
}

export const test = base.extend<
  { appOptions: AppOptions; freshApp: boolean; app: RunningApp },
  { fileServers: { current: FileServer | null } }
>({
  appOptions: [{}, { option: true }],
  freshApp: [false, { option: true }],
  // Per worker: the server of the test file this worker is running, replaced when it moves on.
  fileServers: [
    // Playwright reads the fixtures a function needs from its destructuring: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const holder: { current: FileServer | null } = { current: null };
      await use(holder);
      if (holder.current !== null) await (await holder.current.app).stop();
    },
    { scope: 'worker' },
  ],
  app: async ({ appOptions, freshApp, fileServers }, use, testInfo) => {
    if (freshApp) {
      const app = await startApp(appOptions);
      try {
        await use(app);
      } finally {
        await app.stop();
      }
      return;
    }
    if (fileServers.current?.file !== testInfo.file) {
      if (fileServers.current !== null) await (await fileServers.current.app).stop();
      fileServers.current = { file: testInfo.file, app: startApp(appOptions) };
    }
    await use(await fileServers.current.app);
  },
});

export { expect };

/**
 * Opens the app and waits for the first answered search (the empty query's, with nothing
 * pending), in whatever language the page speaks.
 */
export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.locator('section.results[data-query=""][data-pending="false"]')).toBeVisible();
  await expect(page.getByTestId('total')).toContainText(/\d/);
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

/** A row of the result list by the start of its organisation's name. */
export function resultOption(page: Page, name: string) {
  return page.locator('#search-results').getByRole('option', { name: new RegExp(`^${name}`) });
}

/** Ticks result rows (for export or a shortlist) by clicking their tick boxes. */
export async function tickResults(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const row = resultOption(page, name);
    await row.locator('.result-check').click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
  }
}
