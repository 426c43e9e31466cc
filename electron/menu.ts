/** The application menu: Export…, Sync now, About (with the catalogue version), and the usual roles. */
import type { MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../contract/app';

export interface MenuActions {
  exportContacts(): void;
  syncNow(): void;
  about(): void;
}

export function menuTemplate(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'Export…',
        accelerator: 'CmdOrCtrl+E',
        click: () => {
          actions.exportContacts();
        },
      },
      {
        label: 'Sync now',
        accelerator: 'CmdOrCtrl+R',
        click: () => {
          actions.syncNow();
        },
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const about: MenuItemConstructorOptions = {
    label: `About ${APP_NAME}`,
    click: () => {
      actions.about();
    },
  };
  return [
    ...(isMac
      ? [
          {
            label: APP_NAME,
            submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'quit' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    file,
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Help', submenu: isMac ? [] : [about] },
  ];
}
