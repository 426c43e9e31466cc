/**
 * Where the application frame moves focus: to an element by id (saying whether it was there, so
 * that the caller can fall back), to the search results, to What's new.
 */

/** The result list's id: the skip link's target, and the search box's `aria-controls`. */
export const RESULTS_ID = 'search-results';

export function focusById(id: string): boolean {
  const element = document.getElementById(id);
  element?.focus();
  return element !== null;
}

/**
 * "Skip to results" (and ArrowDown in the search box) lands in the result list once the search
 * view is on screen; with no results, on the line that says so.
 */
export function focusResults() {
  if (!focusById(RESULTS_ID)) focusById('results-heading');
}

/**
 * "What's new" in the notice shows the list in Updates, without taking the notice's place in the
 * tab order away from the user's work until they ask.
 */
export function focusWhatsNew() {
  const heading = document.getElementById('whats-new-title');
  heading?.focus();
  heading?.scrollIntoView({ block: 'start' });
}
