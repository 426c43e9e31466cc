/**
 * Reading a source file's bytes within a size cap. The size is checked before a byte is read,
 * so a wrong file (a database dump, a 200 MB log) is refused at once instead of filling
 * memory; then the file is read in chunks into one buffer of its size, counting, so a file
 * that grows meanwhile, or a device or pipe that has no size, stops at the cap too.
 *
 * The caps (docs/catalogue-format.md): 128 MiB for JSON and CSV, twice the largest snapshot an
 * app accepts from a feed (64 MiB), and about 130,000 organisations; 32 MiB for XLSX, a zip
 * that the reader unpacks whole (a 32 MiB workbook of 100,000 organisations takes about 2.5 GB
 * of memory to read). CATALOGUE_MAX_SOURCE_MIB raises (or lowers) the cap for every format.
 */
import { open } from 'node:fs/promises';
import { escapeText } from './show-value';

const MiB = 1024 * 1024;

const SOURCE_SIZE_CAPS: Readonly<Record<string, number>> = {
  '.json': 128 * MiB,
  '.csv': 128 * MiB,
  '.xlsx': 32 * MiB,
};

/** The environment variable an administrator with a bigger catalogue sets. */
const SIZE_CAP_VARIABLE = 'CATALOGUE_MAX_SOURCE_MIB';

const CHUNK = MiB;

export type Capped<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The cap for a source with this extension, or a problem when the override is not usable. */
export function sizeCap(
  extension: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Capped<number> {
  const override = env[SIZE_CAP_VARIABLE];
  if (override === undefined || override === '') {
    return { ok: true, value: SOURCE_SIZE_CAPS[extension] ?? 128 * MiB };
  }
  const mib = /^\d{1,7}$/.test(override.trim()) ? Number(override.trim()) : 0;
  if (mib < 1) {
    return {
      ok: false,
      problem: `${SIZE_CAP_VARIABLE} is "${escapeText(override)}": set it to a whole number of MiB, such as 512`,
    };
  }
  return { ok: true, value: mib * MiB };
}

/** One line for a command's help: the limits, and how to raise them. */
export function sizeLimitHelp(): string {
  const json = formatSize(SOURCE_SIZE_CAPS['.json'] ?? 0);
  const xlsx = formatSize(SOURCE_SIZE_CAPS['.xlsx'] ?? 0);
  return `A source over ${json} (.xlsx: ${xlsx}) is refused unread; ${SIZE_CAP_VARIABLE}=N raises the limit to N MiB.`;
}

/** "200.5 MiB", "64 MiB", "900 KiB", "12 bytes". */
function formatSize(bytes: number): string {
  if (bytes >= MiB) return `${Number((bytes / MiB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

function tooLarge(path: string, found: string, cap: number): string {
  return `${escapeText(path)}: ${found}; a catalogue source may be at most ${formatSize(cap)} (a bigger catalogue: set ${SIZE_CAP_VARIABLE}, see docs/catalogue-format.md)`;
}

/**
 * The bytes of `path`, at most `cap` of them. Errors of the file system (ENOENT, EACCES, ...)
 * are thrown for the caller to word.
 */
export async function readSourceFile(path: string, cap: number): Promise<Capped<Buffer>> {
  const file = await open(path, 'r');
  try {
    const stat = await file.stat();
    if (stat.isDirectory())
      return { ok: false, problem: `${escapeText(path)}: is a folder, not a file` };
    if (stat.size > cap) {
      return { ok: false, problem: tooLarge(path, `the file is ${formatSize(stat.size)}`, cap) };
    }
    // One byte more than the size, to see a file that grew; a device or pipe says size 0.
    let buffer = Buffer.allocUnsafe(Math.min(cap + 1, (stat.isFile() ? stat.size : CHUNK) + 1));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(cap + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const room = Math.min(CHUNK, buffer.length - total);
      const { bytesRead } = await file.read(buffer, total, room, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > cap) {
        return {
          ok: false,
          problem: tooLarge(path, `more than ${formatSize(cap)} were read, reading stopped`, cap),
        };
      }
    }
    return { ok: true, value: buffer.subarray(0, total) };
  } finally {
    await file.close();
  }
}
