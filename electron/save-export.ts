/**
 * Exports on the desktop: the native save dialog chooses the file; the export is written
 * beside it under a temporary name and renamed into place when complete, so a failed or
 * interrupted export never leaves a partial file where the user expects one.
 */
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ExportFormat } from '../contract/lists';
import type { ExportTarget } from '../core/app-core';

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
      const stream = createWriteStream(temp, { flags: 'w' });
      return {
        stream,
        async commit() {
          stream.end();
          await finished(stream);
          await rename(temp, target);
          return { savedTo: target };
        },
        async abort(error) {
          stream.destroy();
          // Not before the file is closed: a stream still opening would create it afterwards.
          if (!stream.closed) await once(stream, 'close');
          await unlink(temp).catch(() => undefined);
          return error;
        },
      };
    },
  };
}
