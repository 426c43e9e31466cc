/**
 * A small stand-in for the `electron` module: Electron's runtime cannot be downloaded on these
 * machines, and the shell's decisions (options, handlers, the preload's surface) are plain
 * functions and objects that can be checked without it. Only what the shell uses is faked.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export const ipcHandlers = new Map<string, Listener>();
export const exposed = new Map<string, unknown>();
export const rendererListeners = new Map<string, Set<Listener>>();

/** shell.openExternal's stand-in: what the OS would have been asked to open. */
export const openExternalSpy = vi.fn((_url: string) => Promise.resolve());

export const fakeElectron = {
  shell: { openExternal: openExternalSpy },
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcHandlers.set(channel, listener);
    }),
  },
  ipcRenderer: {
    invoke: vi.fn((_channel: string, _args: unknown): Promise<unknown> =>
      Promise.resolve(undefined),
    ),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = rendererListeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      rendererListeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      rendererListeners.get(channel)?.delete(listener);
    }),
  },
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, value: unknown) => {
      exposed.set(key, value);
    }),
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  app: { getPath: vi.fn(() => '/home/user/Documents'), getVersion: vi.fn(() => '0.1.0') },
  dialog: {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
    showMessageBox: vi.fn(),
    showErrorBox: vi.fn(),
  },
};

/** WebContents enough for hardenWebContents: records listeners and the window-open handler. */
export function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return this;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
    /** Fires `event` as Electron would; returns whether the app prevented the default. */
    fire(event: string, url: string): boolean {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    openWindow(url: string) {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
}

/** Session enough for hardenSession: records the handlers it installs. */
export function fakeSession() {
  const handlers: Record<string, Listener> = {};
  return {
    handlers,
    setPermissionRequestHandler: (h: Listener) => (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: Listener) => (handlers.headersReceived = h),
    },
  };
}

/** An IPC invoke event from a frame at `url` (top frame unless said otherwise). */
export function invokeEvent(url: string | null, options: { subFrame?: boolean } = {}) {
  const mainFrame = { url: url ?? '' };
  const senderFrame = url === null ? null : options.subFrame ? { url } : mainFrame;
  return { senderFrame, sender: { mainFrame } };
}
