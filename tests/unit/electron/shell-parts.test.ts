/** The shell's smaller parts: app:// file mapping, the menu, the remembered window size, exports. */
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { getSetting, setSetting } from '../../../db/user-data/settings';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { resolveAppFile } = await import('../../../electron/protocol');
const { menuTemplate } = await import('../../../electron/menu');
const { loadWindowState, saveWindowState, WINDOW_SETTING } =
  await import('../../../electron/window-state');
const { saveDialogExportTarget } = await import('../../../electron/save-export');

const dir = mkdtempSync(join(tmpdir(), 'mcc-shell-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('app:// protocol', () => {
  const root = '/app/renderer/dist';
  it('maps the app’s URLs to files in the built folder', () => {
    expect(resolveAppFile(root, 'app://catalogue/index.html')).toBe(
      '/app/renderer/dist/index.html',
    );
    expect(resolveAppFile(root, 'app://catalogue/')).toBe('/app/renderer/dist/index.html');
    expect(resolveAppFile(root, 'app://catalogue/profile/at-auto')).toBe(
      '/app/renderer/dist/index.html',
    );
    expect(resolveAppFile(root, 'app://catalogue/assets/a.js')).toBe(
      '/app/renderer/dist/assets/a.js',
    );
  });
  it.each([
    'app://catalogue/../../etc/passwd.txt',
    'app://catalogue/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://catalogue/assets/..%2f..%2f..%2fsecret.txt',
    'app://other/index.html',
    'https://catalogue/index.html',
    'app://catalogue/%E0%A4%A.js',
  ])('serves nothing outside it: %s', (url) => {
    const file = resolveAppFile(root, url);
    if (file !== undefined) expect(file.startsWith('/app/renderer/dist/')).toBe(true);
  });
});

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

describe('the menu', () => {
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

  it.each([false, true])('offers Export…, Sync now and About (mac: %s)', (isMac) => {
    const actions = { exportContacts: vi.fn(), syncNow: vi.fn(), about: vi.fn() };
    const items = flatten(menuTemplate(actions, isMac));
    const click = (label: string) => {
      const item = items.find((i) => i.label === label);
      expect(item, label).toBeDefined();
      (item?.click as (() => void) | undefined)?.();
    };
    click('Export…');
    click('Sync now');
    click('About Meta-Cluster Catalogue');
    expect(actions.exportContacts).toHaveBeenCalledTimes(1);
    expect(actions.syncNow).toHaveBeenCalledTimes(1);
    expect(actions.about).toHaveBeenCalledTimes(1);
    expect(items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
  });
});

describe('the remembered window size', () => {
  it('round-trips through the settings, and ignores nonsense', () => {
    const db = openDatabase(join(dir, 'window.sqlite'));
    // The app core's host settings, as it keeps them: in the database's setting table.
    const store = {
      hostSetting: (key: string) => getSetting(db, key),
      setHostSetting: (key: string, value: unknown) => {
        setSetting(db, key, value);
      },
    };
    expect(loadWindowState(store)).toEqual({ width: 1280, height: 820 });
    saveWindowState(store, { width: 1000.4, height: 700, x: 10, y: 20, maximized: true });
    expect(loadWindowState(store)).toEqual({
      width: 1000,
      height: 700,
      x: 10,
      y: 20,
      maximized: true,
    });
    setSetting(db, WINDOW_SETTING, { width: -5, height: 'tall' });
    expect(loadWindowState(store)).toEqual({ width: 1280, height: 820 });
    db.close();
  });
});

describe('export through the native save dialog', () => {
  /** The export destination opened when the user picks `name` in the save dialog. */
  async function pick(name: string, format: 'csv' | 'vcard') {
    const target = join(dir, name);
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const destination = await saveDialogExportTarget(() => undefined).open(
      `x${extname(name)}`,
      format,
    );
    if (!destination) throw new Error('expected a destination');
    return { target, destination };
  }

  it('writes to a temporary name and renames it into place on success', async () => {
    const { target, destination } = await pick('contacts.csv', 'csv');
    destination.stream.write('a,b\n');
    expect(existsSync(target)).toBe(false);
    // Committing ends and flushes the stream, then renames the file into place.
    expect(await destination.commit()).toEqual({ savedTo: target });
    expect(readFileSync(target, 'utf8')).toBe('a,b\n');
  });

  it('leaves nothing behind when writing fails, and nothing at all when cancelled', async () => {
    const { destination } = await pick('failed.vcf', 'vcard');
    destination.stream.write('BEGIN:VCARD');
    const failure = new Error('disk on fire');
    expect(await destination.abort(failure)).toBe(failure);
    expect(readdirSync(dir).filter((f) => f.startsWith('failed'))).toEqual([]);

    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await saveDialogExportTarget(() => undefined).open('x.csv', 'csv')).toBeNull();
  });
});
