/** JSON sources: `{ "schema": "metacluster-catalogue/1", "organisations": [...], "events": [...] }`. */
import { decodeSourceText } from './decode-utf8';
import { escapeText } from './show-value';
import { unreadable, type RawSource } from './validate';

/** The text of a JSON source: UTF-8 (a byte order mark is allowed), decoded strictly. */
export const decodeJson = (bytes: Uint8Array) => decodeSourceText(bytes, 'save it as UTF-8');

export function jsonSource(text: string): RawSource {
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (error) {
    return unreadable(syntaxMessage(error, text));
  }
}

/** "malformed JSON at line 5, column 9: Unexpected number" from V8's position-based message. */
function syntaxMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  // V8 quotes a piece of the source in its reason: it may hold any character.
  const reason = escapeText(message.replace(/\s*in JSON at position \d+.*$/s, '').trim());
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
