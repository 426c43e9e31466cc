/**
 * The events the API pushes (sync progress, sync finished, menu commands): one hub per app,
 * shared by the handlers that emit and the transport that forwards (SSE in web mode, IPC in
 * the desktop shell).
 */
import type { ApiEventName, ApiEventPayload } from '../contract/methods';

type ApiEventListener = <E extends ApiEventName>(event: E, payload: ApiEventPayload<E>) => void;

export interface EventHub {
  emit<E extends ApiEventName>(event: E, payload: ApiEventPayload<E>): void;
  /** Receives every event until the returned function is called. */
  listen(listener: ApiEventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<ApiEventListener>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(event, payload);
        } catch {
          // A failing transport (a closed connection) must not stop the others or the sender.
        }
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
