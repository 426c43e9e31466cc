/**
 * The answer of an asynchronous read for a component to show: undefined until it comes, null
 * when the read failed. `load` is the read (a stable function: wrap it in useCallback with what
 * it reads); a new `load` reads again and keeps showing the older answer until the newer one
 * comes. An answer that arrives after a newer read started, or after the component is gone, is
 * dropped, so a slow old answer never replaces a newer one.
 */
import { useEffect, useState } from 'react';

export function useAnswer<T>(load: () => Promise<T>): T | null | undefined {
  // Boxed: an answer that is itself a function must not be taken for a state updater.
  const [answer, setAnswer] = useState<{ value: T | null } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (live) setAnswer({ value });
      },
      () => {
        if (live) setAnswer({ value: null });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return answer?.value;
}
