/**
 * The one way the UI reaches the catalogue: `createApiClient()` wraps the desktop preload's
 * `window.catalogue` when it exists, otherwise it is an HTTP client for web mode (`catalogue
 * serve`: `POST /api/<method>` with a JSON body, server-sent events at `/api/events`). Both
 * transports answer the dispatcher's `{ ok, value } | { ok: false, error }` envelope as data;
 * this client is where a failure becomes an `ApiError` with its stable code.
 */
import {
  API_EVENT_NAMES,
  API_METHOD_NAMES,
  ApiError,
  unwrap,
  type ApiEventName,
  type ApiMethod,
  type ApiResponse,
  type CatalogueBridge,
  type CatalogueClient,
  type FolderPurpose,
} from '../../contract';

declare global {
  interface Window {
    /** Set by the desktop shell's preload (electron/preload.ts); absent in web mode. */
    catalogue?: CatalogueBridge;
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
function createHttpClient(): CatalogueClient {
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
    return unwrap(body);
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

/** The desktop transport: the preload's envelopes unwrapped like the HTTP client's. */
function wrapDesktop(bridge: CatalogueBridge): CatalogueClient {
  const client: Record<string, unknown> = {};
  for (const method of API_METHOD_NAMES) {
    const call = bridge[method] as (args?: unknown) => Promise<ApiResponse<unknown>>;
    client[method] = async (args?: unknown) => unwrap(await call(args));
  }
  client.subscribe = bridge.subscribe;
  client.chooseFolder = async (purpose: FolderPurpose) =>
    unwrap(await bridge.chooseFolder(purpose));
  return Object.freeze(client) as unknown as CatalogueClient;
}

export function createApiClient(): CatalogueClient {
  const bridge = window.catalogue;
  return bridge === undefined ? createHttpClient() : wrapDesktop(bridge);
}
