/** A small real catalogue in a temp folder, web mode started on it, and a raw HTTP client. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceCatalogue } from '../../../../db/catalogue-store';
import { openDatabase } from '../../../../db/connection';
import type { Catalogue, Organisation } from '../../../../catalogue-format/schema';
import { startWebMode, type WebMode, type WebModeOptions } from '../../../../core/web-mode';
import { devPublicPem } from '../../feed/helpers';
import { org as record } from '../../../fixtures/records';
import { afterAll, beforeAll } from 'vitest';

/** An organisation named by its id unless `fields` names it. */
const org = (id: string, fields: Partial<Organisation>): Organisation =>
  record(id, { name: id, ...fields });

export const CATALOGUE: Catalogue = {
  organisations: [
    org('at-auto', {
      kind: 'cluster',
      name: 'Automobil-Cluster Oberösterreich',
      country: 'AT',
      region: 'AT312',
      city: 'Linz',
      email: 'info@automobil-cluster.example',
      website: 'https://automobil-cluster.example',
      sectors: ['automotive-aeronautics'],
      services: [{ id: 'b2b', title: 'B2B-Börse', type: 'cooperation', sectors: [] }],
      contacts: [
        { name: 'Jana Nováková', role: 'Manager', email: 'jana@example.org', languages: ['de'] },
      ],
    }),
    org('sk-spa', {
      kind: 'partner',
      name: 'Kúpele Piešťany',
      country: 'SK',
      region: 'SK021',
      city: 'Piešťany',
      sectors: ['health', 'tourism'],
      member_of: ['at-auto'],
      contacts: [{ name: 'Peter Horváth', email: 'JANA@example.org', languages: [] }],
    }),
    org('pl-lodz', {
      name: 'Łódź Precision Parts',
      country: 'PL',
      city: 'Łódź',
      email: 'parts@lodz.example',
      member_of: ['at-auto'],
    }),
  ],
  events: [
    {
      id: 'forum-past',
      kind: 'exchange-forum',
      title: 'Exchange Forum Linz',
      start: '2026-02-10',
      end: '2026-02-11',
      city: 'Linz',
      country: 'AT',
      organisers: ['at-auto', 'gone-org'],
      sectors: ['automotive-aeronautics'],
    },
    {
      id: 'tour-next',
      kind: 'company-tour',
      title: 'Company tour Piešťany',
      start: '2026-09-01',
      country: 'SK',
      organisers: ['sk-spa'],
      sectors: ['health'],
    },
  ],
};

export interface Harness {
  web: WebMode;
  dir: string;
  dbPath: string;
  close(): Promise<void>;
}

/** A database holding CATALOGUE (as an import, so the bundled one never replaces it). */
export function makeDatabase(dir: string): string {
  const dbPath = join(dir, 'catalogue.sqlite');
  const db = openDatabase(dbPath);
  replaceCatalogue(db, CATALOGUE, { version: 0, source: 'import' });
  db.close();
  return dbPath;
}

export async function startHarness(options: WebModeOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-api-'));
  const dbPath = makeDatabase(dir);
  const staticDir = join(dir, 'dist');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Catalogue</title>');
  writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log(1);');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  const web = await startWebMode({
    dbPath,
    staticDir,
    port: 0,
    // The test key, trusted explicitly: the app itself trusts none (a sync would stop at
    // NO_TRUSTED_KEY before reading the address these tests are about).
    feed: { defaultUrl: 'http://127.0.0.1:9/feed.json', trust: [devPublicPem()] },
    today: () => '2026-05-01',
    // The tests sync when they say so.
    automaticUpdates: false,
    ...options,
  });
  return {
    web,
    dir,
    dbPath,
    close: async () => {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Web mode on CATALOGUE for the whole test file that calls this: started before its first test,
 * closed after its last. The returned function gives the running harness.
 */
export function useHarness(options: WebModeOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (harness === undefined) throw new Error('The harness runs only while the file’s tests do.');
    return harness;
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json(): unknown;
}

/** One request to 127.0.0.1:port with exactly the headers given (Host included). */
export function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            json: () => JSON.parse(body) as unknown,
          });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** POST /api/<method> as the app's own page would. */
export function call(
  port: number,
  method: string,
  args: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return request(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      'content-type': 'application/json',
      origin: `http://127.0.0.1:${port}`,
      ...headers,
    },
    body: JSON.stringify(args),
  });
}

/** Listens to GET /api/events and collects `{ event, data }` messages. */
export function listen(
  port: number,
): Promise<{ messages: { event: string; data: unknown }[]; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const messages: { event: string; data: unknown }[] = [];
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/api/events', headers: { host: `127.0.0.1:${port}` } },
      (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data) messages.push({ event, data: JSON.parse(data) });
          }
        });
        resolve({ messages, res });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
