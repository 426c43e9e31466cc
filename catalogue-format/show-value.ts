/**
 * Values as a problem message shows them. A message goes to a terminal, a log or a JSON
 * report, so it must never carry the raw bytes of a hostile or broken source: control
 * characters (NUL, ESC sequences that drive a terminal, line breaks that forge a second
 * problem line), Unicode line separators and bidirectional overrides (which reorder what a
 * person reads) are written as escapes, and long values are cut.
 */

/**
 * Characters never shown raw: control characters (Cc: C0, DEL, C1), bidirectional marks,
 * embeddings, overrides and isolates (Bidi_Control), lone surrogates (Cs: with the `u` flag
 * only a lone one matches) and the line and paragraph separators.
 */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\p{Cs}\u2028\u2029]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** How many characters of a value a message shows before cutting it with "…". */
const SHOWN_LENGTH = 60;

function escapeOne(ch: string): string {
  return SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text safe to print: every unsafe character as an escape (`\n`, `\u001b`). */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Text as a message shows it without quotes (a record's id): escaped, cut like quote(). */
export function shortText(text: string): string {
  return cut(text, SHOWN_LENGTH, escapeText);
}

/**
 * A string as a message quotes it: `"javascript:alert(1)"`, with `"` and `\` escaped as in
 * JSON so the quotes are unambiguous, unsafe characters escaped, and cut after about
 * SHOWN_LENGTH characters (`"Lorem ipsum…"`), never inside an escape or a surrogate pair.
 */
export function quote(value: string, max = SHOWN_LENGTH): string {
  return `"${cut(value, max, (ch) => (ch === '"' || ch === '\\' ? `\\${ch}` : escapeText(ch)))}"`;
}

/**
 * Any value found in a source, for "(found …)": a string quoted, anything else as JSON
 * (`5`, `null`, `["ict","food"]`, `{"role":"CEO"}`), escaped and cut the same way. A list or
 * object is written only as far as it is shown, so a whole catalogue in the wrong place costs
 * no more than a short one.
 */
export function showFound(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  return cut(preview(value, { left: SHOWN_LENGTH + 1 }), SHOWN_LENGTH, escapeText);
}

/** JSON of `value`, stopping (with "…") once about `room.left` characters are written. */
function preview(value: unknown, room: { left: number }): string {
  if (room.left <= 0) return '…';
  if (Array.isArray(value)) {
    room.left -= 2;
    return `[${previewParts(value, (item) => preview(item, room), room)}]`;
  }
  if (typeof value === 'object' && value !== null) {
    room.left -= 2;
    const show = ([key, item]: [string, unknown]) => {
      const name = JSON.stringify(key.slice(0, SHOWN_LENGTH));
      room.left -= name.length + 1;
      return `${name}:${preview(item, room)}`;
    };
    return `{${previewParts(Object.entries(value), show, room)}}`;
  }
  const out =
    typeof value === 'string'
      ? JSON.stringify(value.slice(0, room.left))
      : ((JSON.stringify(value) as string | undefined) ?? String(value));
  room.left -= out.length;
  return out;
}

function previewParts<T>(items: Iterable<T>, show: (item: T) => string, room: { left: number }) {
  const parts: string[] = [];
  for (const item of items) {
    if (room.left <= 0) {
      parts.push('…');
      break;
    }
    parts.push(show(item));
  }
  return parts.join(',');
}

/** `text` shown character by character through `show`, ending with "…" once past `max`. */
function cut(text: string, max: number, show: (ch: string) => string): string {
  let out = '';
  for (const ch of text) {
    if (out.length >= max) return `${out}…`;
    out += show(ch);
  }
  return out;
}
