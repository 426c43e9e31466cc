/**
 * Focus asked for now and given after the next render. What is to be focused is often in a view
 * the same action shows ("Skip to results" from another view, "What's new" in Updates), so it is
 * not on screen yet when asked. Returns the function that asks. `focus` must be stable (a
 * module-level function): it runs once per request.
 */
import { useCallback, useEffect, useState } from 'react';

export function useFocusRequest(focus: () => void): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) focus();
  }, [requests, focus]);
  return useCallback(() => {
    setRequests((n) => n + 1);
  }, []);
}
