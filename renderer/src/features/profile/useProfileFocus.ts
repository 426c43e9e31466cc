/**
 * Opening and closing the profile panel with the keyboard in mind. Opening from a result with
 * Enter moves focus into the profile; Escape (outside a dialog, a menu or the search box) closes
 * it, and closing returns focus to where the profile was opened from: the result list with its
 * row active, or the link or button that opened it (a shortlist entry, an event's organiser).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ProfileFocus {
  /** Opens `id`; with `focus`, focus moves into the profile once it is shown. */
  open: (id: string, focus?: boolean) => void;
  close: () => void;
  /** The panel should take focus when its profile is shown. */
  focusRequested: boolean;
  /** The panel took focus. */
  focused: () => void;
}

interface Options {
  openId: string | null;
  setOpenId: (id: string | null) => void;
  /** Focuses the result row of organisation `id` if the list shows it; false when it does not. */
  focusRow: (id: string) => boolean;
  /** Where focus goes when neither the row nor the opener is there any more. */
  focusFallback: () => void;
}

const PANEL = '.profile-panel';

export function useProfileFocus({
  openId,
  setOpenId,
  focusRow,
  focusFallback,
}: Options): ProfileFocus {
  const opener = useRef<HTMLElement | null>(null);
  const closing = useRef<string | null>(null);
  const [focusRequested, setFocusRequested] = useState(false);

  const open = useCallback(
    (id: string, focus = false) => {
      const current = document.activeElement;
      // Links inside the profile replace it: the first opener is where closing returns.
      if (current instanceof HTMLElement && current.closest(PANEL) === null) {
        opener.current = current;
      }
      setFocusRequested(focus);
      setOpenId(id);
    },
    [setOpenId],
  );

  const close = useCallback(() => {
    closing.current = openId;
    setOpenId(null);
  }, [openId, setOpenId]);

  useEffect(() => {
    const closed = closing.current;
    if (openId !== null || closed === null) return;
    closing.current = null;
    if (focusRow(closed)) return;
    const back = opener.current;
    if (back?.isConnected === true && back !== document.body) back.focus();
    else focusFallback();
  }, [openId, focusRow, focusFallback]);

  useEffect(() => {
    if (openId === null) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('dialog') != null) return;
      event.preventDefault();
      close();
    }
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [openId, close]);

  const focused = useCallback(() => {
    setFocusRequested(false);
  }, []);

  return { open, close, focusRequested, focused };
}
