/**
 * The desktop's folder picker for passing the catalogue on (#13): *Save for a colleague…* asks
 * for a folder to write (the dialog may create one), *Update from a folder…* for one to read.
 * The renderer only learns the path the user chose; it then calls shareCatalogue or
 * syncFromFolder with it, which check the folder like any other caller's.
 */
import { dialog, type BrowserWindow } from 'electron';
import { z } from 'zod';
import {
  CHOOSE_FOLDER_CHANNEL,
  FOLDER_PURPOSES,
  type FolderPurpose,
} from '../contract/method-names';
import { handle } from './ipc';

const TITLES: Record<FolderPurpose, string> = {
  share: 'Save the catalogue for a colleague',
  sync: 'Update from a folder',
};

/** Registers CHOOSE_FOLDER_CHANNEL: `{ purpose }` → the chosen absolute path, or null. */
export function registerFolderDialog(window: () => BrowserWindow | undefined): void {
  handle(
    CHOOSE_FOLDER_CHANNEL,
    z.object({ purpose: z.enum(FOLDER_PURPOSES) }).strict(),
    async ({ purpose }) => {
      const options: Electron.OpenDialogOptions = {
        title: TITLES[purpose],
        properties: purpose === 'share' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
      };
      const parent = window();
      const choice = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
  );
}
