/**
 * Reads a catalogue source of any supported format, chosen by the file's extension, and
 * validates it. Every reader reports problems with the row a person sees in the file (in a
 * spreadsheet the header is row 1, the first organisation row 2; in JSON the position in the
 * list, from 1) and the field as the format names it.
 *
 * The file is read once, within its size cap (source-file.ts), and the catalogue returned is
 * the one in exactly the bytes whose sha256 comes with it. Each stage lets go of what the
 * next does not need: the bytes once decoded, the text (or the workbook) once parsed, so
 * validation, the costliest stage in memory, holds only the parsed records.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Taxonomy } from './taxonomy-types';
import { csvSource, decodeCsv } from './read-csv';
import { decodeJson, jsonSource } from './read-json';
import { xlsxSource } from './read-xlsx';
import type { Catalogue } from './schema';
import { escapeText } from './show-value';
import { readSourceFile, sizeCap, type Capped } from './source-file';
import {
  unreadable,
  validateSource,
  type RawSource,
  type SourceResult,
  type Unreadable,
} from './validate';

const SOURCE_EXTENSIONS = ['.json', '.csv', '.xlsx'] as const;
type Extension = (typeof SOURCE_EXTENSIONS)[number];

/** A valid source comes with the sha256 (hex) of the bytes it was read from. */
export type ReadSourceResult =
  { ok: true; catalogue: Catalogue; sha256: string } | Extract<SourceResult, { ok: false }>;

export interface ReadSourceOptions {
  /** Most bytes read (default: the format's cap, or CATALOGUE_MAX_SOURCE_MIB). */
  maxBytes?: number;
}

export async function readSource(
  path: string,
  taxonomy: Taxonomy,
  options: ReadSourceOptions = {},
): Promise<ReadSourceResult> {
  const extension = extname(path).toLowerCase();
  if (!isSourceExtension(extension)) {
    return unreadable(
      `${escapeText(path)}: unknown file type "${escapeText(extension) || '(none)'}"; a catalogue source is a .json, .csv or .xlsx file`,
    );
  }
  const cap: Capped<number> =
    options.maxBytes === undefined ? sizeCap(extension) : { ok: true, value: options.maxBytes };
  if (!cap.ok) return unreadable(cap.problem);

  let loaded: Loaded;
  try {
    loaded = await load(path, extension, cap.value);
  } catch (error) {
    const problem = fileError(path, error);
    if (problem === undefined) throw error;
    return unreadable(problem);
  }
  if (!loaded.ok) return loaded;
  const result = validateSource(loaded.source, taxonomy);
  return result.ok ? { ...result, sha256: loaded.sha256 } : result;
}

function isSourceExtension(extension: string): extension is Extension {
  return (SOURCE_EXTENSIONS as readonly string[]).includes(extension);
}

type Loaded = { ok: true; source: RawSource; sha256: string } | Unreadable;

async function load(path: string, extension: Extension, cap: number): Promise<Loaded> {
  if (extension === '.xlsx') {
    const read = await readSourceFile(path, cap);
    if (!read.ok) return unreadable(read.problem);
    return { ok: true, source: await xlsxSource(read.value), sha256: sha256(read.value) };
  }
  const text = await readText(path, cap, extension === '.json' ? decodeJson : decodeCsv);
  if (!text.ok) return text;
  const source = extension === '.json' ? jsonSource(text.text) : csvSource(text.text);
  return { ok: true, source, sha256: text.sha256 };
}

/** The decoded text and its bytes' hash; the bytes are not kept past this call. */
async function readText(
  path: string,
  cap: number,
  decode: typeof decodeJson,
): Promise<{ ok: true; text: string; sha256: string } | Unreadable> {
  const read = await readSourceFile(path, cap);
  if (!read.ok) return unreadable(read.problem);
  const decoded = decode(read.value);
  return decoded.ok ? { ...decoded, sha256: sha256(read.value) } : decoded;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function fileError(path: string, error: unknown): string | undefined {
  const shown = escapeText(path);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${shown}: no such file`;
  if (code === 'EISDIR') return `${shown}: is a folder, not a file`;
  if (code === 'EACCES') return `${shown}: permission denied`;
  return undefined;
}
