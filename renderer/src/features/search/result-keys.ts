/**
 * What the result list and the keyboard's place in it share: the element id of a row (the
 * listbox's aria-activedescendant names it) and the keys that move through the rows.
 */
export type NavigationKey = 'up' | 'down' | 'enter' | 'home' | 'end' | 'pageup' | 'pagedown';

export function rowId(index: number): string {
  return `result-${index}`;
}
