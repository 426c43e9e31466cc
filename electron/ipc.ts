/**
 * IPC in the desktop shell: the ONE wrapper around ipcMain.handle. Every handler it registers
 * answers only the app's own page (top frame of app://catalogue), validates its arguments with
 * the contract's schema before running, and answers `{ ok: true, value }` or
 * `{ ok: false, error: { code, message } }` — never a thrown error whose details would be lost
 * (or leaked) on the way.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { z } from 'zod';
import { API_METHODS, ApiError, type ApiMethod, type ApiResponse } from '../api/contract';
import { describeZodError, toErrorData } from '../api/errors';
import { LOCAL_CALLER } from '../api/context';
import type { EventHub } from '../api/event-hub';
import type { Dispatch } from '../api/handlers';
import { API_METHOD_NAMES, EVENT_CHANNEL, METHOD_CHANNEL_PREFIX } from '../api/methods';
import { OPEN_LINK_CHANNEL } from './link-clicks';
import { isAppUrl, openExternalSafely } from './security';

/** True when the call comes from the app's own page, in its top frame. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

/** Registers `fn` on `channel`, behind the sender check and argument validation. */
export function handle<S extends z.ZodType, R>(
  channel: string,
  schema: S,
  fn: (args: z.output<S>, event: IpcMainInvokeEvent) => R | Promise<R>,
): void {
  ipcMain.handle(channel, async (event, raw: unknown): Promise<ApiResponse<R>> => {
    if (!isTrustedSender(event)) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Only the app’s own page may call the catalogue.' },
      };
    }
    const parsed = schema.safeParse(raw ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: describeZodError(channel, parsed.error) },
      };
    }
    try {
      return { ok: true, value: await fn(parsed.data, event) };
    } catch (error) {
      return { ok: false, error: toErrorData(error) };
    }
  });
}

/**
 * Every contract method on `catalogue:<method>`, answered by the shared handler table. The
 * desktop app is this computer's own user: its calls are LOCAL_CALLER.
 */
export function registerApi(dispatch: Dispatch): void {
  for (const method of API_METHOD_NAMES) {
    handle(`${METHOD_CHANNEL_PREFIX}${method}`, API_METHODS[method].args, async (args) => {
      const response = await dispatch(method satisfies ApiMethod, args, LOCAL_CALLER);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value;
    });
  }
}

/** Longer than any address a catalogue holds (websites are capped far below this). */
const MAX_LINK_LENGTH = 8192;

/**
 * OPEN_LINK_CHANNEL: a link the user clicked (the preload sends only trusted clicks, see
 * link-clicks.ts), opened by the operating system when `isSafeExternalUrl` allows it. Answers
 * `{ ok: true, value: opened }`.
 */
export function registerLinkOpener(): void {
  handle(
    OPEN_LINK_CHANNEL,
    z.object({ url: z.string().max(MAX_LINK_LENGTH) }).strict(),
    ({ url }) => openExternalSafely(url),
  );
}

/** Pushes the hub's events to the window (sync progress, menu commands). */
export function forwardEvents(hub: EventHub, target: () => WebContents | undefined): () => void {
  return hub.listen((event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, { event, payload });
  });
}
