/** Runs the `catalogue` command line in this process and captures what it prints. */
import { vi } from 'vitest';
import { main } from '../../../cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
