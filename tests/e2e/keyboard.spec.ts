/**
 * Keyboard all the way (#15 point 3): the skip link, search → result → profile → shortlist →
 * back with the keyboard alone, focus never on the page body.
 */
import { expect, openApp, test } from './support/fixtures';
import { expectFocusNotOnBody, focusedId } from './support/layout';
import { screenshotPath } from './support/screenshots';

test.use({ freshApp: true }); // creates a shortlist

test('search, result, profile, shortlist and back with the keyboard alone', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  const list = page.getByRole('listbox', { name: 'Search results' });
  const box = page.locator('#search-input');

  // The app starts in the search box; the translated skip link comes just before it and
  // lands in the results.
  await expect(box).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: 'Skip to results' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(list).toBeFocused();
  await expect(list).toHaveAttribute('aria-activedescendant', 'result-0');

  // Search, then the arrows move through the results: ArrowDown from the box enters the list.
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('piestany');
  await expect(
    page.locator('section.results[data-query="piestany"][data-pending="false"]'),
  ).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeFocused();
  await expect(list).toHaveAttribute('aria-activedescendant', 'result-0');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(list).toHaveAttribute('aria-activedescendant', 'result-1');
  const row = page.locator('#result-1');
  const name = (await row.locator('.result-name').getAttribute('title')) ?? '';
  expect(name).not.toBe('');

  // Space ticks the row; Enter opens it and moves focus into the profile.
  await page.keyboard.press('Space');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const heading = page.locator('#profile-name');
  await expect(heading).toHaveText(name);
  await expect(heading).toBeFocused();

  // Tab to the new-shortlist field of the profile, name a list, add the organisation to it.
  const field = page.locator('.profile-panel').getByRole('textbox', { name: 'New shortlist name' });
  for (let i = 0; i < 30 && !(await field.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    await expectFocusNotOnBody(page);
  }
  await expect(field).toBeFocused();
  await page.keyboard.type('Keyboard fair');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Keyboard fair' })).toBeChecked();
  await page.screenshot({ path: screenshotPath(testInfo, 'keyboard-profile.png') });

  // Escape closes the profile and returns focus to its row.
  await page.keyboard.press('Escape');
  await expect(page.locator('.profile-panel')).toHaveCount(0);
  await expect(list).toBeFocused();
  await expect(list).toHaveAttribute('aria-activedescendant', 'result-1');

  // ArrowUp from the first row goes back to the search box; Enter there opens the first result.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  // The close button, too, returns focus to the row.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close profile' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.profile-panel')).toHaveCount(0);
  await expect(list).toBeFocused();
  expect(await focusedId(page)).toBe('search-results');

  // A profile opened from a shortlist returns focus to its link there.
  await page.getByRole('button', { name: /^Shortlists/ }).focus();
  await page.keyboard.press('Enter');
  const link = page.locator('.shortlist-items').getByRole('link', { name });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(name);
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();

  // Removing it from the list (its button disappears) leaves focus in the view, not the body.
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('button', { name: `Remove ${name} from the shortlist` }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.shortlist-items').getByRole('link')).toHaveCount(0);
  await expect.poll(() => focusedId(page)).toBe('main');
});
