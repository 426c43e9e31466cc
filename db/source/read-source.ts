/**
 * Reads a catalogue source of any supported format, chosen by the file's extension, and
 * validates it. Every reader reports problems with the row a person sees in the file (in a
 * spreadsheet the header is row 1, the first organisation row 2; in JSON the position in the
 * list, from 1) and the field as the format names it.
 */
import { extname } from 'node:path';
import type { Taxonomy } from '../taxonomy-types';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { readXlsx } from './read-xlsx';
import type { SourceResult } from './validate';

export type { SourceResult } from './validate';

export const SOURCE_EXTENSIONS = ['.json', '.csv', '.xlsx'] as const;

export async function readSource(path: string, taxonomy: Taxonomy): Promise<SourceResult> {
  const extension = extname(path).toLowerCase();
  try {
    switch (extension) {
      case '.json':
        return await readJson(path, taxonomy);
      case '.csv':
        return await readCsv(path, taxonomy);
      case '.xlsx':
        return await readXlsx(path, taxonomy);
      default:
        return {
          ok: false,
          problems: [
            {
              message: `${path}: unknown file type "${extension || '(none)'}"; a catalogue source is a .json, .csv or .xlsx file`,
            },
          ],
        };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fileProblem(`${path}: no such file`);
    if (code === 'EISDIR') return fileProblem(`${path}: is a folder, not a file`);
    if (code === 'EACCES') return fileProblem(`${path}: permission denied`);
    throw error;
  }
}

function fileProblem(message: string): SourceResult {
  return { ok: false, problems: [{ message }] };
}
