/** The preload's surface: exactly the contract's methods plus subscribe, frozen, nothing else. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHOD_NAMES, ApiError, type CatalogueBridge } from '../../../contract';
import { createApiClient } from '../../../renderer/src/api-client';
import { exposed, fakeElectron, rendererListeners } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

let bridge: CatalogueBridge;
/** The preload's window: only its click listeners matter here. */
const clickListeners = new Map<string, (event: unknown) => void>();

beforeAll(async () => {
  vi.stubGlobal('window', {
    addEventListener: (type: string, listener: (event: unknown) => void, capture: boolean) => {
      if (capture) clickListeners.set(type, listener);
    },
  });
  await import('../../../electron/preload');
  bridge = exposed.get('catalogue') as CatalogueBridge;
});

describe('window.catalogue', () => {
  it('is the only thing exposed, once', () => {
    expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...exposed.keys()]).toEqual(['catalogue']);
  });

  it('has exactly the contract’s methods, subscribe and the folder picker, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual(
      [...API_METHOD_NAMES, 'subscribe', 'chooseFolder'].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('is frozen and never hands out ipcRenderer', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => {
      (bridge as unknown as Record<string, unknown>).ipcRenderer = fakeElectron.ipcRenderer;
    }).toThrow();
    expect(Object.values(bridge)).not.toContain(fakeElectron.ipcRenderer);
    expect(Object.values(bridge)).not.toContain(fakeElectron.ipcRenderer.invoke);
  });

  it('calls catalogue:<method> and answers the envelope as it came, as data', async () => {
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { total: 3 } });
    await expect(bridge.search({ text: 'linz' })).resolves.toEqual({
      ok: true,
      value: { total: 3 },
    });
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith('catalogue:search', {
      text: 'linz',
    });
    const failure = { ok: false, error: { code: 'NOT_FOUND', message: 'No organisation "x".' } };
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce(failure);
    await expect(bridge.profile({ id: 'x' })).resolves.toEqual(failure);
  });

  it('asks the shell for a folder by purpose and hands the UI the chosen path', async () => {
    (window as { catalogue?: CatalogueBridge }).catalogue = bridge;
    const client = createApiClient();
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: '/media/usb' });
    await expect(client.chooseFolder?.('sync')).resolves.toBe('/media/usb');
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith('desktop:choose-folder', {
      purpose: 'sync',
    });
  });

  it('reaches the UI through the renderer’s client: the value, or an ApiError with its code intact', async () => {
    (window as { catalogue?: CatalogueBridge }).catalogue = bridge;
    const client = createApiClient();
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { total: 3 } });
    await expect(client.search({ text: 'linz' })).resolves.toEqual({ total: 3 });
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No organisation "x".' },
    });
    const error = await client.profile({ id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'No organisation "x".' });
  });

  it('subscribe delivers only the named event until unsubscribed', () => {
    const seen: unknown[] = [];
    const stop = bridge.subscribe('sync-progress', (p) => seen.push(p));
    const send = (message: unknown) => {
      for (const listener of rendererListeners.get('catalogue-event') ?? []) listener({}, message);
    };
    send({ event: 'sync-progress', payload: { phase: 'download' } });
    send({ event: 'menu-command', payload: { command: 'export' } });
    stop();
    send({ event: 'sync-progress', payload: { phase: 'done' } });
    expect(seen).toEqual([{ phase: 'download' }]);
    expect(() => bridge.subscribe('nope' as never, () => undefined)).toThrow(/INVALID_ARGUMENT/);
  });
});

describe('links', () => {
  /** A click on a link to `href`, by the user (trusted) or by a script. */
  const clickOn = (href: string, isTrusted: boolean) => ({
    type: 'click',
    button: 0,
    isTrusted,
    preventDefault: () => undefined,
    composedPath: () => [{ tagName: 'A', href }],
  });

  it("sends the user's click on an outside link to the main process, and only that", () => {
    const click = clickListeners.get('click');
    expect(click).toBeDefined();
    fakeElectron.ipcRenderer.invoke.mockClear();
    click?.(clickOn('http://www.example.org/', true));
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenCalledWith('shell:open-link', {
      url: 'http://www.example.org/',
    });
    fakeElectron.ipcRenderer.invoke.mockClear();
    click?.(clickOn('https://evil.example/', false));
    click?.(clickOn('app://catalogue/index.html#/org/x', true));
    expect(fakeElectron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
