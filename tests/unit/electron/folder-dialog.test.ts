/**
 * The desktop's folder picker for *Save for a colleague…* and *Update from a folder…*: only the
 * app's own page may open it, only with a known purpose, and it answers the chosen path or null.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHOOSE_FOLDER_CHANNEL } from '../../../contract';
import { fakeElectron, ipcHandlers, invokeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { registerFolderDialog } = await import('../../../electron/folder-dialog');

const APP = 'app://catalogue/index.html';
const showOpenDialog = fakeElectron.dialog.showOpenDialog;

function choose(args: unknown, url: string | null = APP) {
  const listener = ipcHandlers.get(CHOOSE_FOLDER_CHANNEL);
  if (!listener) throw new Error('the folder dialog is not registered');
  return listener(invokeEvent(url), args) as Promise<unknown>;
}

beforeEach(() => {
  ipcHandlers.clear();
  showOpenDialog.mockReset();
  registerFolderDialog(() => undefined);
});

describe('the folder picker', () => {
  it('answers the folder the user chose to save into, and lets them create one', async () => {
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/media/usb/catalogue'] });
    expect(await choose({ purpose: 'share' })).toEqual({
      ok: true,
      value: '/media/usb/catalogue',
    });
    const options = showOpenDialog.mock.calls[0]?.[0] as { properties: string[] };
    expect(options.properties).toEqual(['openDirectory', 'createDirectory']);
  });

  it('offers only existing folders to update from', async () => {
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/media/usb'] });
    await choose({ purpose: 'sync' });
    const options = showOpenDialog.mock.calls[0]?.[0] as { properties: string[] };
    expect(options.properties).toEqual(['openDirectory']);
  });

  it('answers null when the user cancels', async () => {
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await choose({ purpose: 'sync' })).toEqual({ ok: true, value: null });
  });

  it.each([
    ['an unknown purpose', { purpose: 'format-disk' }],
    ['an extra argument', { purpose: 'share', defaultPath: '/etc' }],
    ['no purpose', {}],
  ])('refuses %s with INVALID_ARGUMENT and opens no dialog', async (_what, args) => {
    expect(await choose(args)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses another page with FORBIDDEN and opens no dialog', async () => {
    expect(await choose({ purpose: 'share' }, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(showOpenDialog).not.toHaveBeenCalled();
  });
});
