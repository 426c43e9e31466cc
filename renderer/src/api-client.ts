/**
 * The one way the UI reaches the catalogue: `createApiClient()` returns the desktop preload's
 * `window.catalogue` when it exists, otherwise an HTTP client for web mode (`catalogue serve`:
 * `POST /api/<method>` with a JSON body, answers `{ ok, value } | { ok: false, error }`,
 * server-sent events at `/api/events`). Both reject with an `ApiError` carrying a stable code.
 */
import {
  API_EVENT_NAMES,
  API_METHOD_NAMES,
  ApiError,
  toApiError,
  type ApiEventName,
  type ApiEventPayload,
  type ApiMethod,
  type ApiResponse,
  type CatalogueClient,
} from '../../api/contract';

declare global {
  interface Window {
    /** Set by the desktop shell's preload (electron/preload.ts); absent in web mode. */
    catalogue?: CatalogueClient;
  }
}

type Listener = (payload: unknown) => void;

/**
 * Web mode, when the server is bound beyond loopback, needs the access token it printed in the
 * address (`?token=…`); it is sent with every call and never stored.
 */
function accessToken(): string | null {
  return new URLSearchParams(window.location.search).get('token');
}

function apiUrl(path: string, token: string | null): string {
  const url = new URL(`api/${path}`, window.location.href);
  url.search = '';
  url.hash = '';
  if (token !== null) url.searchParams.set('token', token);
  return url.toString();
}

/** The web-mode transport: one fetch per call. */
export function createHttpClient(): CatalogueClient {
  const token = accessToken();
  const listeners = new Map<ApiEventName, Set<Listener>>();
  let source: EventSource | null = null;

  async function call(method: ApiMethod, args: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(apiUrl(method, token), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token === null ? {} : { 'x-catalogue-token': token }),
        },
        body: JSON.stringify(args ?? {}),
      });
    } catch (error) {
      throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
    }
    let body: ApiResponse<unknown>;
    try {
      body = (await response.json()) as ApiResponse<unknown>;
    } catch {
      throw new ApiError('INTERNAL', `The server answered ${response.status} without a result.`);
    }
    if (body.ok) return body.value;
    throw toApiError(body.error);
  }

  function ensureEvents(): void {
    if (source !== null || typeof EventSource === 'undefined') return;
    source = new EventSource(apiUrl('events', token));
    for (const name of API_EVENT_NAMES) {
      source.addEventListener(name, (event: MessageEvent<string>) => {
        let payload: unknown;
        try {
          payload = JSON.parse(event.data);
        } catch {
          return;
        }
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  }

  const client: Record<string, unknown> = {};
  for (const method of API_METHOD_NAMES) {
    client[method] = (args?: unknown) => call(method, args);
  }
  client.subscribe = (event: ApiEventName, listener: Listener) => {
    ensureEvents();
    let set = listeners.get(event);
    if (set === undefined) {
      set = new Set();
      listeners.set(event, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  };
  return Object.freeze(client) as unknown as CatalogueClient;
}

/** Wraps the preload's object so its rejections carry codes like the HTTP client's. */
function wrapDesktop(desktop: CatalogueClient): CatalogueClient {
  const client: Record<string, unknown> = {};
  for (const method of API_METHOD_NAMES) {
    const fn = desktop[method] as (args?: unknown) => Promise<unknown>;
    client[method] = async (args?: unknown) => {
      try {
        return await fn(args);
      } catch (error) {
        throw toApiError(error);
      }
    };
  }
  client.subscribe = <E extends ApiEventName>(
    event: E,
    listener: (payload: ApiEventPayload<E>) => void,
  ) => desktop.subscribe(event, listener);
  return Object.freeze(client) as unknown as CatalogueClient;
}

export function createApiClient(): CatalogueClient {
  const desktop = window.catalogue;
  return desktop === undefined ? createHttpClient() : wrapDesktop(desktop);
}

/** True when the UI runs inside the desktop shell. */
export function isDesktop(): boolean {
  return window.catalogue !== undefined;
}
