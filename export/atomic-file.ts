/**
 * Writing an export file all-or-nothing: the data goes to a temporary file in the target's
 * folder (same file system, so the final rename is atomic), which replaces the target only
 * once everything was written and flushed. On any error the temporary file is removed, so a
 * failed export never leaves a partial file behind, and an existing file is kept unchanged.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { CatalogueError } from '../db/errors';

function cannotWrite(path: string, reason: string): CatalogueError {
  return new CatalogueError(
    'INVALID_ARGUMENT',
    `Cannot write ${path}: ${reason}. Choose a file in a folder you can write to.`,
  );
}

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return e.message;
  }
}

/** Checks what can be checked before any work: the target is not a folder, its folder exists. */
function checkWritableTarget(path: string): void {
  const target = resolve(path);
  try {
    if (statSync(target).isDirectory()) throw cannotWrite(path, 'it is a folder');
  } catch (error) {
    if (error instanceof CatalogueError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw cannotWrite(path, reasonOf(error));
  }
  try {
    if (!statSync(dirname(target)).isDirectory())
      throw cannotWrite(path, 'the folder does not exist');
  } catch (error) {
    if (error instanceof CatalogueError) throw error;
    throw cannotWrite(path, reasonOf(error));
  }
}

/** A file being written under a temporary name beside its target. */
export interface AtomicFile {
  stream: NodeJS.WritableStream;
  /** Everything was written: end the stream, flush it, and move the file into place. */
  commit(): Promise<void>;
  /**
   * Give up after `error`: remove the temporary file (an existing target stays as it was).
   * Returns the error to report: a write error of the file (a full disk) as a sentence naming
   * the file and the reason, else `error` itself.
   */
  abort(error: unknown): unknown;
}

/** Opens `path` for writing all-or-nothing (see the top of this file). */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const target = resolve(path);
  checkWritableTarget(path);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.part`,
  );
  const out = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
  try {
    await once(out, 'open');
  } catch (error) {
    rmSync(temp, { force: true });
    throw cannotWrite(path, reasonOf(error));
  }
  // A write error arrives as an 'error' event, perhaps while nobody waits for one: keep it.
  let writeError: CatalogueError | undefined;
  out.on('error', (error) => {
    writeError ??= cannotWrite(path, reasonOf(error));
  });
  return {
    stream: out,
    async commit() {
      out.end();
      try {
        await finished(out);
        await rename(temp, target);
      } catch (error) {
        throw writeError ?? cannotWrite(path, reasonOf(error));
      }
    },
    abort(error) {
      out.destroy();
      rmSync(temp, { force: true });
      return writeError ?? error;
    },
  };
}
