/**
 * What a user would notice about layout, measured on element boxes: text cut without a tooltip
 * that gives it whole, a row of controls that wrapped onto a second line, focus lost to the body.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Texts of the elements that are cut (wider content than box) and carry no title to read. */
export async function cutWithoutTitle(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((nodes) =>
    nodes
      .filter((n) => n.scrollWidth > n.clientWidth + 1 && !n.getAttribute('title'))
      .map((n) => n.textContent),
  );
}

/** Texts of the elements that are cut at all, tooltip or not. */
export async function cut(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((nodes) =>
    nodes.filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent),
  );
}

/** The visible children of a row of controls all sit on one line. */
export async function expectOneLine(row: Locator): Promise<void> {
  const tops = await row.evaluate((el) =>
    [...el.children]
      .filter((c) => c.getBoundingClientRect().width > 0)
      .map((c) => {
        const box = c.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      }),
  );
  expect(tops.length).toBeGreaterThan(1);
  expect(Math.max(...tops) - Math.min(...tops), `centres ${tops.join(', ')}`).toBeLessThan(6);
}

/**
 * Focus is somewhere, not on the page body. Polled like every web-first assertion: focus comes
 * back once a closing dialog's effects have run, a frame or two later on a busy machine (read
 * once, this failed 1 run in ~20 while other suites loaded both cores).
 */
export async function expectFocusNotOnBody(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.activeElement !== null && document.activeElement !== document.body,
        ),
      { message: 'focus fell to the page body' },
    )
    .toBe(true);
}

/** The id of the focused element (or its tag when it has none). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el === null ? '' : el.id || el.tagName.toLowerCase();
  });
}
