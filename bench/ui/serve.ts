/** Start-up as a user meets it: `catalogue serve` spawned, timed to its first answered search. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = new URL('../..', import.meta.url).pathname;

export interface Started {
  child: ChildProcess;
  url: string;
  firstAnswerMs: number;
}

/** Spawns `catalogue serve` and times it until a search has been answered over HTTP. */
export async function startServe(dbPath: string): Promise<Started> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/catalogue.js'), 'serve', '--port', '0', '--db', dbPath],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`catalogue serve exited (${String(code)}):\n${out}`));
    });
  });
  const origin = new URL(url).origin;
  const response = await fetch(`${url}api/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ text: 'cluster', limit: 100 }),
  });
  const body = (await response.json()) as { ok: boolean };
  if (!body.ok) throw new Error('ui bench: the first search failed');
  return { child, url, firstAnswerMs: performance.now() - start };
}
