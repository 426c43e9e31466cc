/**
 * Turning zod issues into SourceProblems an administrator can act on: a field named the way
 * the source names it, and a short sentence instead of zod's developer-oriented wording.
 */
import type { z } from 'zod';
import type { SourceProblem } from './schema';

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

/** JSON naming: `contacts[1].email`, `names.de`, `sectors[0]`. */
export const jsonFieldName: FieldNamer = (path) => {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
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
  if (at.id !== undefined) problem.id = at.id;
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
 * One zod issue becomes one or more (unknown keys) problems with a readable message. `input`
 * is the value found at the issue's path (undefined when the field is missing).
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
      return [{ path, message: `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}` }];
    case 'invalid_key':
      return [{ path, message: 'is not a language code such as de or it' }];
    case 'too_small':
      if (issue.origin === 'string') return [{ path, message: 'must not be empty' }];
      return [{ path, message: issue.message }];
    case 'too_big':
      if (issue.origin === 'string') {
        return [{ path, message: `is too long (at most ${String(issue.maximum)} characters)` }];
      }
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}
