/**
 * Starts a worker thread from a module of this project, whether it runs from its TypeScript
 * sources (tsx, vitest) or from a bundle. From sources the worker first registers tsx's loader
 * and then imports the .ts file: on Node 20, `execArgv: ['--import', 'tsx']` does not give a
 * worker the loader ("Unknown file extension .ts"), a bootstrap that calls tsx's register()
 * does. A bundle ships the worker as a .js file beside it and starts it directly.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The URL of worker module `name` (without extension) beside `base` (the caller's
 * `import.meta.url`): a .ts file when the caller runs from sources, a .js file in a bundle.
 */
export function workerUrl(name: string, base: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}

export function startWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  // Resolved from this file, not from the process's working folder.
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
