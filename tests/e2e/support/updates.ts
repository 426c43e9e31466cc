/**
 * What the update tests share: the bundled catalogue and the next version a feed publishes,
 * and the two steps a user takes in the app to update (point it at a feed, press Sync now).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './app';
import { expect } from './fixtures';

type Organisation = Record<string, unknown> & { id: string; name: string };
export interface Catalogue {
  organisations: Organisation[];
  events: unknown[];
  [k: string]: unknown;
}

/** The catalogue the app ships with (catalogue/network.json). */
export const bundled = JSON.parse(
  readFileSync(join(ROOT, 'catalogue/network.json'), 'utf8'),
) as Catalogue;

/** The next catalogue: Progresit withdrawn (and left by its clusters), Košice IT Valley new. */
export function nextCatalogue(): Catalogue {
  const organisations: Organisation[] = bundled.organisations
    .filter((o) => o.id !== 'progresit')
    .map((o) => ({
      ...o,
      member_of: (o.member_of as string[] | undefined)?.filter((m) => m !== 'progresit'),
    }));
  organisations.push({
    id: 'kosice-it-valley',
    kind: 'cluster',
    name: 'Košice IT Valley',
    country: 'SK',
    city: 'Košice',
    sectors: ['ict'],
  });
  return { ...bundled, organisations };
}

/** Sets the update address in Settings. */
export async function pointAt(page: Page, address: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Update address').fill(address);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

/** Presses Sync now in Updates and waits until the sync has finished. */
export async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Updates/ }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  // The button comes back when the sync has applied: a snapshot on a worker, which on a busy
  // 2-core machine took 40 s once (8 s when quiet).
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 60_000 });
}
