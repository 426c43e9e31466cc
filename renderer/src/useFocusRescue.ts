/**
 * Focus never falls to the page body. When the focused element disappears (a chip removed, a
 * row of a shortlist deleted, a profile replaced by the next one) and nothing else took focus,
 * focus goes to the region it was in — the view or the profile panel, marked with
 * `data-focus-region` — so the next Tab continues from there instead of from the top of the page.
 */
import { useEffect } from 'react';

const REGION = '[data-focus-region]';

export function useFocusRescue(): void {
  useEffect(() => {
    let region: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) region = event.target.closest(REGION) ?? region;
    };
    const onFocusOut = (event: FocusEvent) => {
      const lost = event.target;
      if (!(lost instanceof Node) || event.relatedTarget !== null) return;
      // After the removal, and after any focus the app moves itself in its effects.
      window.setTimeout(() => {
        const current = document.activeElement;
        if (lost.isConnected || (current !== null && current !== document.body)) return;
        const target = region?.isConnected === true ? region : document.querySelector(REGION);
        if (target instanceof HTMLElement) target.focus({ preventScroll: true });
      }, 0);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);
}
