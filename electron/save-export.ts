/**
 * Exports on the desktop: the native save dialog chooses the file; the export is written
 * beside it under a temporary name and renamed into place when complete, so a failed or
 * interrupted export never leaves a partial file where the user expects one.
 */
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ExportFormat } from '../api/contract';
import type { ExportTarget } from '../api/context';

const FILTERS: Record<ExportFormat, Electron.FileFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  'csv-semicolon': { name: 'CSV', extensions: ['csv'] },
  google: { name: 'Google Contacts CSV', extensions: ['csv'] },
  outlook: { name: 'Outlook CSV', extensions: ['csv'] },
  vcard: { name: 'vCard', extensions: ['vcf'] },
  vcard4: { name: 'vCard', extensions: ['vcf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

export function saveDialogExportTarget(window: () => BrowserWindow | undefined): ExportTarget {
  return {
    async open(fileName, format) {
      const options: Electron.SaveDialogOptions = {
        title: 'Export contacts',
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [FILTERS[format]],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const parent = window();
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      const target = choice.filePath;
      if (choice.canceled || !target) return null;
      const temp = `${target}.${process.pid}.part`;
      return {
        stream: createWriteStream(temp, { flags: 'w' }),
        async commit() {
          await rename(temp, target);
          return { savedTo: target };
        },
        abort: () => unlink(temp).catch(() => undefined),
      };
    },
  };
}
