/**
 * Turning zod issues into SourceProblems an administrator can act on: a field named the way
 * the source names it, and a short sentence instead of zod's developer-oriented wording.
 */
import type { z } from 'zod';
import type { SourceProblem } from './schema';
import { escapeText, quote, shortText, showFound } from './show-value';

/** A path inside one record, as zod reports it: `['contacts', 1, 'email']`. */
export type FieldPath = readonly PropertyKey[];

/** Which list of the catalogue a record belongs to. */
export type Section = 'organisations' | 'events';

/**
 * Names a field for the reader of a problem; each source format has its own naming. `index`
 * is the record's position in its list (a spreadsheet maps `contacts[0]` to the column number
 * that record's first contact came from).
 */
export type FieldNamer = (path: FieldPath, section: Section, index: number) => string;

/**
 * JSON naming: `contacts[1].email`, `names.de`, `sectors[0]`. A key the source made up (an
 * unknown field) is escaped like any value it holds.
 */
export const jsonFieldName: FieldNamer = (path) => {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? escapeText(String(part)) : `.${escapeText(String(part))}`;
  }
  return out;
};

/** Where a record sits, so that every problem of it can be located. */
export interface RecordLocation {
  section: Section;
  /** Position in its list (0-based). */
  index: number;
  row: number;
  id?: string;
}

export function makeProblem(
  at: RecordLocation,
  path: FieldPath,
  message: string,
  name: FieldNamer,
): SourceProblem {
  const problem: SourceProblem = { row: at.row, message };
  if (at.section === 'events') problem.section = 'events';
  if (at.id !== undefined) problem.id = shortText(at.id);
  if (path.length > 0) problem.field = name(path, at.section, at.index);
  return problem;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'an object',
  number: 'a number',
};

/**
 * One zod issue becomes one or more (unknown keys) problems with a readable message that
 * names the offending value: `"javascript:alert(1)" must be an https:// or http:// address`,
 * `must be text (found 5)`. `input` is the value found at the issue's path (undefined when the
 * field is missing).
 */
export function issueMessages(
  issue: z.core.$ZodIssue,
  input: unknown,
): { path: FieldPath; message: string }[] {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: 'is not a field of the catalogue format (check its spelling)',
      }));
    case 'invalid_type':
      if (input === undefined) return [{ path, message: 'is required' }];
      return [
        {
          path,
          message: `must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (found ${showFound(input)})`,
        },
      ];
    case 'invalid_key':
      return [
        {
          path,
          message: `${quote(String(path.at(-1)))} is not a language code such as de or it`,
        },
      ];
    case 'too_small':
      if (issue.origin === 'string') {
        // The value was empty once trimmed: show it unless it was empty to begin with.
        const blank = typeof input === 'string' && input !== '' ? ` (found ${quote(input)})` : '';
        return [{ path, message: `must not be empty${blank}` }];
      }
      return [{ path, message: withValue(issue.message, input) }];
    case 'too_big':
      if (issue.origin === 'string' && typeof input === 'string') {
        const length = input.trim().length.toLocaleString('en');
        const most = issue.maximum.toLocaleString('en');
        return [
          {
            path,
            message: `${quote(input)} is too long (${length} characters; at most ${most})`,
          },
        ];
      }
      return [{ path, message: withValue(issue.message, input) }];
    default:
      return [{ path, message: withValue(issue.message, input) }];
  }
}

/** `"value" message` for a string, `message (found 5)` for any other value present. */
function withValue(message: string, input: unknown): string {
  if (typeof input === 'string') return `${quote(input)} ${message}`;
  return input === undefined ? message : `${message} (found ${showFound(input)})`;
}
