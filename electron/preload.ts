/**
 * The preload: the renderer's only door to the app. It exposes ONE frozen object,
 * `window.catalogue`, that satisfies the contract's CatalogueBridge: each method answers the
 * dispatcher's `{ ok, value } | { ok: false, error }` envelope as data (contextBridge would copy
 * only an Error's message), and the renderer's client turns a failure into an ApiError. It
 * never exposes ipcRenderer or any other Electron or Node object.
 *
 * It also catches the user's clicks on outside links and asks the main process to open them
 * (link-clicks.ts): the only way a link leaves the app.
 *
 * Runs sandboxed: bundled into one CommonJS file, importing nothing but electron and the
 * zod-free parts of the contract.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResponse } from '../contract/errors';
import {
  API_EVENT_NAMES,
  CHOOSE_FOLDER_CHANNEL,
  EVENT_CHANNEL,
  METHOD_CHANNEL_PREFIX,
  type FolderPurpose,
} from '../contract/method-names';
import type { ApiEventName, ApiMethod, CatalogueBridge } from '../contract/methods';
import { interceptLinkClicks, OPEN_LINK_CHANNEL } from './link-clicks';

function invoke<M extends ApiMethod>(method: M): CatalogueBridge[M] {
  const call = (args?: unknown) =>
    ipcRenderer.invoke(`${METHOD_CHANNEL_PREFIX}${method}`, args ?? {}) as Promise<
      ApiResponse<unknown>
    >;
  return call as CatalogueBridge[M];
}

function subscribe(event: ApiEventName, listener: (payload: never) => void): () => void {
  if (!(API_EVENT_NAMES as readonly string[]).includes(event)) {
    throw new Error(`INVALID_ARGUMENT: there is no event "${event}".`);
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
  renameShortlist: invoke('renameShortlist'),
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
  syncFromFolder: invoke('syncFromFolder'),
  networkOnline: invoke('networkOnline'),
  listChanges: invoke('listChanges'),
  withdrawnOrganisation: invoke('withdrawnOrganisation'),
  shortlistChanges: invoke('shortlistChanges'),
  markShortlistSeen: invoke('markShortlistSeen'),
  shareCatalogue: invoke('shareCatalogue'),
  getSettings: invoke('getSettings'),
  setSettings: invoke('setSettings'),
  appInfo: invoke('appInfo'),
  databaseInfo: invoke('databaseInfo'),
  subscribe: subscribe as CatalogueBridge['subscribe'],
  // The desktop's folder picker (electron/folder-dialog.ts): the path chosen, or null.
  chooseFolder: (purpose: FolderPurpose) =>
    ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL, { purpose }) as Promise<ApiResponse<string | null>>,
} satisfies CatalogueBridge);

contextBridge.exposeInMainWorld('catalogue', catalogueBridge);

// The preload runs before any page script, so its capturing listener is the first to see a click.
interceptLinkClicks(window, (url) => {
  void ipcRenderer.invoke(OPEN_LINK_CHANNEL, { url });
});
