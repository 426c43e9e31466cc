/** JSON sources: `{ "schema": "metacluster-catalogue/1", "organisations": [...], "events": [...] }`. */
import { readFile } from 'node:fs/promises';
import type { Taxonomy } from '../taxonomy-types';
import { validateCatalogue, type SourceResult } from './validate';

export async function readJson(path: string, taxonomy: Taxonomy): Promise<SourceResult> {
  return parseJson(await readFile(path, 'utf8'), taxonomy);
}

export function parseJson(text: string, taxonomy: Taxonomy): SourceResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [{ message: syntaxMessage(error, body) }] };
  }
  return validateCatalogue(raw, taxonomy);
}

/** "malformed JSON at line 5, column 9: Unexpected number" from V8's position-based message. */
function syntaxMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').trim();
  if (position?.[1] === undefined) {
    return /end of JSON input/i.test(message)
      ? 'malformed JSON: the file ends too early (a bracket or quote is not closed)'
      : `malformed JSON: ${reason}`;
  }
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `malformed JSON at line ${line}, column ${column}: ${reason}`;
}
