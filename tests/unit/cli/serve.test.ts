/** `catalogue serve` as a user runs it: prints its real address, answers, stops cleanly. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, makeDatabase, request } from '../server/http/fixture';

const dir = mkdtempSync(join(tmpdir(), 'mcc-serve-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function serve(args: string[]) {
  const child = spawn(process.execPath, ['bin/catalogue.js', 'serve', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ctrl+C') || out.trim().endsWith('}')) resolve(out);
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      reject(new Error(`serve exited with ${String(code)}: ${out}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, listening, exited };
}

describe('catalogue serve', () => {
  it('on port 0 prints the real port, serves the API, and stops on SIGTERM with status 0', async () => {
    const db = makeDatabase(dir);
    const run = serve(['--db', db, '--port', '0']);
    const out = await run.listening;
    const match = /Serving the catalogue at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
    expect(match).not.toBeNull();
    const port = Number(match?.[1]);
    expect(port).toBeGreaterThan(0);
    expect((await call(port, 'appInfo', {})).json()).toMatchObject({
      ok: true,
      value: { organisations: 3 },
    });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await expect(request(port, { path: '/' })).rejects.toThrow();
  });

  it('bound to 0.0.0.0, --json gives a local address with the token', async () => {
    const run = serve(['--db', join(dir, 'catalogue.sqlite'), '--host', '0.0.0.0', '--json']);
    const info = JSON.parse(await run.listening) as { url: string; port: number; token: string };
    expect(info.url).toBe(`http://127.0.0.1:${info.port}/?token=${info.token}`);
    expect((await call(info.port, 'appInfo', {})).status).toBe(403);
    expect((await call(info.port, 'appInfo', {}, { 'x-catalogue-token': info.token })).status).toBe(
      200,
    );
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });

  it('refuses a bad port with a one-line usage error', async () => {
    const run = serve(['--port', '70000']);
    await expect(run.listening).rejects.toThrow(/--port must be a port number/);
  });
});
