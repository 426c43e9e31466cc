/**
 * The `catalogue` command line run in this process (tests/unit/export/cli-run.ts), with what it
 * printed as `out` and `err`, the names these tests read best with.
 */
import { runCli as runCapturing } from '../export/cli-run';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: readonly string[]): Promise<CliRun> {
  const { code, stdout, stderr } = await runCapturing([...argv]);
  return { code, out: stdout, err: stderr };
}
