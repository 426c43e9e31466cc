/** The one IPC wrapper: only the app's own top frame, only valid arguments, errors as data. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { API_METHOD_NAMES } from '../../../contract';
import { CatalogueError } from '../../../db/errors';
import { createDispatcher } from '../../../server/dispatch';
import type { HandlerTable } from '../../../server/handler-table';
import { ipcHandlers, invokeEvent, openExternalSpy } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { handle, registerApi, registerLinkOpener } = await import('../../../electron/ipc');

const APP = 'app://catalogue/index.html';

beforeEach(() => {
  ipcHandlers.clear();
});

function callChannel(channel: string, event: unknown, args: unknown) {
  const listener = ipcHandlers.get(channel);
  if (!listener) throw new Error(`nothing on ${channel}`);
  return listener(event, args) as Promise<unknown>;
}

describe('handle()', () => {
  const schema = z.object({ id: z.string().min(1) }).strict();

  it('answers the app’s own page with { ok, value }', async () => {
    const fn = vi.fn(({ id }: { id: string }) => `hello ${id}`);
    handle('test:greet', schema, fn);
    expect(await callChannel('test:greet', invokeEvent(APP), { id: 'x' })).toEqual({
      ok: true,
      value: 'hello x',
    });
  });

  it.each([
    ['another origin', invokeEvent('https://evil.example/')],
    ['a file: page', invokeEvent('file:///tmp/evil.html')],
    ['a sub-frame of the app', invokeEvent(APP, { subFrame: true })],
    ['a destroyed frame', invokeEvent(null)],
    ['a look-alike host', invokeEvent('app://catalogue.evil/index.html')],
  ])('refuses %s with FORBIDDEN without running the handler', async (_what, event) => {
    const fn = vi.fn();
    handle('test:guarded', schema, fn);
    expect(await callChannel('test:guarded', event, { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([
    ['missing', {}],
    ['extra', { id: 'x', admin: true }],
    ['wrongly typed', { id: 7 }],
    ['not an object', 'id=x'],
  ])(
    'refuses %s arguments with INVALID_ARGUMENT without running the handler',
    async (_what, args) => {
      const fn = vi.fn();
      handle('test:checked', schema, fn);
      expect(await callChannel('test:checked', invokeEvent(APP), args)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
      expect(fn).not.toHaveBeenCalled();
    },
  );

  it('turns thrown errors into stable codes', async () => {
    handle('test:missing', schema, () => {
      throw new CatalogueError('NOT_FOUND', 'No such organisation.');
    });
    handle('test:bug', schema, () => {
      throw new TypeError('x is undefined');
    });
    expect(await callChannel('test:missing', invokeEvent(APP), { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such organisation.' },
    });
    expect(await callChannel('test:bug', invokeEvent(APP), { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});

describe('registerApi()', () => {
  it('puts every contract method on catalogue:<method>, answered by dispatch with its envelope as it is', async () => {
    // A real dispatcher over a table whose handlers record their calls.
    const ran: string[] = [];
    const table = {
      appInfo: () => {
        ran.push('appInfo');
        return {
          appName: 'x',
          appVersion: '1',
          catalogueVersion: 0,
          catalogueSource: null,
          catalogueIssued: null,
          organisations: 0,
          events: 0,
          mode: 'desktop',
        };
      },
      profile: () => {
        ran.push('profile');
        throw new CatalogueError('NOT_FOUND', 'No such organisation.');
      },
    } as unknown as HandlerTable;
    const dispatch = vi.fn(createDispatcher(table));
    registerApi(dispatch);
    expect([...ipcHandlers.keys()].sort()).toEqual(
      API_METHOD_NAMES.map((m) => `catalogue:${m}`).sort(),
    );
    expect(await callChannel('catalogue:appInfo', invokeEvent(APP), {})).toMatchObject({
      ok: true,
      value: { appName: 'x', mode: 'desktop' },
    });
    // Arguments are validated once, by dispatch: the handler never runs for wrong ones.
    expect(await callChannel('catalogue:profile', invokeEvent(APP), { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    // A failure crosses as data, code and message intact.
    expect(await callChannel('catalogue:profile', invokeEvent(APP), { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such organisation.' },
    });
    expect(
      await callChannel('catalogue:search', invokeEvent('https://evil.example/'), {}),
    ).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(ran).toEqual(['appInfo', 'profile']);
    // The foreign sender never reached dispatch.
    expect(dispatch).toHaveBeenCalledTimes(3);
  });
});

describe('registerLinkOpener()', () => {
  it('opens a link the app’s page sends, when the rules allow it', async () => {
    registerLinkOpener();
    openExternalSpy.mockClear();
    const open = (url: unknown, event = invokeEvent(APP)) =>
      callChannel('shell:open-link', event, { url });
    expect(await open('http://www.example.org/')).toEqual({ ok: true, value: true });
    expect(openExternalSpy).toHaveBeenCalledWith('http://www.example.org/');
    openExternalSpy.mockClear();
    expect(await open('file:///etc/passwd')).toEqual({ ok: true, value: false });
    expect(await open('mailto:a@example.org?attach=/etc/passwd')).toEqual({
      ok: true,
      value: false,
    });
    expect(await open('https://example.org/', invokeEvent('https://evil.example/'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await open(42)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(openExternalSpy).not.toHaveBeenCalled();
  });
});
