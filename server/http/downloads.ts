/**
 * Exports in web mode: the file is written to a private temporary folder, then offered once
 * under an unguessable token (`GET /api/download/<token>`). A token works once and expires
 * after ten minutes; files are deleted when taken, expired, or when the server stops.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { ExportFormat } from '../../contract/lists';
import type { ExportTarget } from '../context';
import { sendError } from './json';

export const DOWNLOAD_PATH = '/api/download/';
const TTL_MS = 10 * 60 * 1000;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'csv-semicolon': 'text/csv; charset=utf-8',
  google: 'text/csv; charset=utf-8',
  outlook: 'text/csv; charset=utf-8',
  vcard: 'text/vcard; charset=utf-8',
  vcard4: 'text/vcard; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface Download {
  path: string;
  fileName: string;
  contentType: string;
}

export interface DownloadStore {
  exportTarget: ExportTarget;
  /** The download for `token`, removed from the store (a token works once). */
  take(token: string): Download | undefined;
  /** Deletes every file (server shutdown). */
  dispose(): void;
}

export function createDownloadStore(): DownloadStore {
  const dir = mkdtempSync(join(tmpdir(), 'metacluster-exports-'));
  const pending = new Map<string, Download & { timer: NodeJS.Timeout }>();
  let counter = 0;

  const drop = (token: string) => {
    const entry = pending.get(token);
    if (!entry) return;
    pending.delete(token);
    clearTimeout(entry.timer);
    rmSync(entry.path, { force: true });
  };

  return {
    exportTarget: {
      open(fileName, format) {
        counter += 1;
        const path = join(dir, `export-${counter}`);
        const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
        return Promise.resolve({
          stream,
          async commit() {
            stream.end();
            await finished(stream);
            const token = randomBytes(24).toString('base64url');
            const timer = setTimeout(() => {
              drop(token);
            }, TTL_MS);
            timer.unref();
            pending.set(token, { path, fileName, contentType: CONTENT_TYPES[format], timer });
            return { downloadUrl: `${DOWNLOAD_PATH}${token}` };
          },
          async abort(error) {
            stream.destroy();
            // Not before the file is closed: a stream still opening would create it afterwards.
            if (!stream.closed) await once(stream, 'close');
            await unlink(path).catch(() => undefined);
            return error;
          },
        });
      },
    },
    take(token) {
      const entry = pending.get(token);
      if (!entry) return undefined;
      pending.delete(token);
      clearTimeout(entry.timer);
      return { path: entry.path, fileName: entry.fileName, contentType: entry.contentType };
    },
    dispose() {
      for (const token of [...pending.keys()]) drop(token);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `GET /api/download/<token>`: the finished export, once, then deleted. */
export function sendDownload(res: ServerResponse, store: DownloadStore, token: string): void {
  const download = store.take(token);
  if (!download) {
    sendError(res, {
      code: 'NOT_FOUND',
      message: 'This download has expired or was already taken: export again.',
    });
    return;
  }
  const ascii = download.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  res.writeHead(200, {
    'Content-Type': download.contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
    'Cache-Control': 'no-store',
  });
  const stream = createReadStream(download.path);
  stream.pipe(res);
  stream.on('close', () => {
    rmSync(download.path, { force: true });
  });
  stream.on('error', () => res.destroy());
}
