/**
 * Whether the first-screen introduction is still wanted: until the user hides it, remembered in
 * this browser's (or window's) local storage. Storage that cannot be used (private modes, a
 * policy) only means the introduction comes back next time.
 */
import { useCallback, useState } from 'react';

const KEY = 'metacluster.welcome-hidden';

function storedHidden(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function useWelcome(): { show: boolean; hide: () => void } {
  const [hidden, setHidden] = useState(storedHidden);
  const hide = useCallback(() => {
    setHidden(true);
    try {
      window.localStorage.setItem(KEY, '1');
    } catch {
      // Hidden for this session only.
    }
  }, []);
  return { show: !hidden, hide };
}
