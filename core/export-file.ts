/**
 * Where `catalogue export` writes: a file, all or nothing (export/atomic-file.ts: a failed
 * export leaves no file, and an existing one as it was), or standard output for `--out -`
 * (never ended: the command may still write after it).
 */
import { openAtomicFile } from '../export/atomic-file';
import type { ExportTarget } from '../server/context';

export const STANDARD_OUTPUT = '-';

export function fileExportTarget(out: string): ExportTarget {
  if (out === STANDARD_OUTPUT) {
    return {
      open: () =>
        Promise.resolve({
          stream: process.stdout,
          commit: () => Promise.resolve({}),
          abort: (error) => Promise.resolve(error),
        }),
    };
  }
  return {
    async open() {
      const file = await openAtomicFile(out);
      return {
        stream: file.stream,
        async commit() {
          await file.commit();
          return { savedTo: out };
        },
        abort: (error) => Promise.resolve(file.abort(error)),
      };
    },
  };
}
