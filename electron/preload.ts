/**
 * The preload: the renderer's only door to the app. It exposes ONE frozen object,
 * `window.catalogue`, that satisfies the CatalogueApi contract plus `subscribe` for pushed
 * events; it never exposes ipcRenderer or any other Electron or Node object. Errors cross as
 * "[CODE] message" (contextBridge copies only an Error's message); the renderer's client turns
 * them back into ApiError with `toApiError`.
 *
 * It also catches the user's clicks on outside links and asks the main process to open them
 * (link-clicks.ts): the only way a link leaves the app.
 *
 * Runs sandboxed: bundled into one CommonJS file, importing nothing but electron and the
 * zod-free parts of the contract.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { encodeErrorMessage, type ApiResponse } from '../api/api-error';
import type { ApiEventName, ApiMethod, CatalogueApi, CatalogueClient } from '../api/contract';
import { API_EVENT_NAMES, EVENT_CHANNEL, METHOD_CHANNEL_PREFIX } from '../api/methods';
import { interceptLinkClicks, OPEN_LINK_CHANNEL } from './link-clicks';

function invoke<M extends ApiMethod>(method: M): CatalogueApi[M] {
  const call = async (args?: unknown) => {
    const response = (await ipcRenderer.invoke(
      `${METHOD_CHANNEL_PREFIX}${method}`,
      args ?? {},
    )) as ApiResponse<unknown>;
    if (response.ok) return response.value;
    throw new Error(encodeErrorMessage(response.error));
  };
  return call as CatalogueApi[M];
}

function subscribe(event: ApiEventName, listener: (payload: never) => void): () => void {
  if (!(API_EVENT_NAMES as readonly string[]).includes(event)) {
    throw new Error(`[INVALID_ARGUMENT] There is no event "${event}".`);
  }
  const onMessage = (_e: IpcRendererEvent, message: { event: string; payload: never }) => {
    if (message.event === event) listener(message.payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, onMessage);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, onMessage);
  };
}

export const catalogueBridge = Object.freeze({
  search: invoke('search'),
  profile: invoke('profile'),
  taxonomy: invoke('taxonomy'),
  events: invoke('events'),
  listShortlists: invoke('listShortlists'),
  createShortlist: invoke('createShortlist'),
  deleteShortlist: invoke('deleteShortlist'),
  addToShortlist: invoke('addToShortlist'),
  removeFromShortlist: invoke('removeFromShortlist'),
  shortlistItems: invoke('shortlistItems'),
  getNote: invoke('getNote'),
  setNote: invoke('setNote'),
  exportOptions: invoke('exportOptions'),
  exportContacts: invoke('exportContacts'),
  emailAddresses: invoke('emailAddresses'),
  contactCoverage: invoke('contactCoverage'),
  syncStatus: invoke('syncStatus'),
  syncNow: invoke('syncNow'),
  getSettings: invoke('getSettings'),
  setSettings: invoke('setSettings'),
  appInfo: invoke('appInfo'),
  subscribe: subscribe as CatalogueClient['subscribe'],
} satisfies CatalogueClient);

contextBridge.exposeInMainWorld('catalogue', catalogueBridge);

// The preload runs before any page script, so its capturing listener is the first to see a click.
interceptLinkClicks(window, (url) => {
  void ipcRenderer.invoke(OPEN_LINK_CHANNEL, { url });
});
