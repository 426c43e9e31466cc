/**
 * IPC in the desktop shell: the ONE wrapper around ipcMain.handle. Every channel it registers
 * answers only the app's own page (top frame of app://catalogue) and always answers with the
 * `{ ok: true, value }` / `{ ok: false, error: { code, message } }` envelope — never a thrown
 * error, whose code contextBridge would lose (it copies only an Error's message).
 *
 * The API's channels pass the dispatcher's envelope through unchanged: the dispatcher
 * validates the arguments (once, for every transport) and turns failures into data.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { z } from 'zod';
import type { ApiResponse } from '../contract/errors';
import { API_METHOD_NAMES, EVENT_CHANNEL, METHOD_CHANNEL_PREFIX } from '../contract/method-names';
import { LOCAL_CALLER, type Dispatch, type EventHub } from '../core/app-core';
import { describeZodError, toErrorData } from '../core/shell';
import { OPEN_LINK_CHANNEL } from './link-clicks';
import { isAppUrl, openExternalSafely } from './security';

/** True when the call comes from the app's own page, in its top frame. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

const FOREIGN_SENDER: ApiResponse<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only the app’s own page may call the catalogue.' },
};

/** Registers `answer` on `channel`, behind the sender check. */
function guarded(
  channel: string,
  answer: (raw: unknown, event: IpcMainInvokeEvent) => Promise<ApiResponse<unknown>>,
): void {
  ipcMain.handle(channel, async (event, raw: unknown) =>
    isTrustedSender(event) ? answer(raw, event) : FOREIGN_SENDER,
  );
}

/** Registers `fn` on a channel of the shell's own (not an API method), validating its arguments. */
export function handle<S extends z.ZodType, R>(
  channel: string,
  schema: S,
  fn: (args: z.output<S>, event: IpcMainInvokeEvent) => R | Promise<R>,
): void {
  guarded(channel, async (raw, event): Promise<ApiResponse<R>> => {
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
 * Every contract method on `catalogue:<method>`, answered by the shared dispatcher with its
 * envelope as it is. The desktop app is this computer's own user: its calls are LOCAL_CALLER.
 */
export function registerApi(dispatch: Dispatch): void {
  for (const method of API_METHOD_NAMES) {
    guarded(`${METHOD_CHANNEL_PREFIX}${method}`, (raw) => dispatch(method, raw, LOCAL_CALLER));
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
