/**
 * Durations as people type them: a whole number and a unit, `45s`, `90m`, `12h`, `30d`, `2w`.
 * The one parser of every option that takes a duration (`publish --expires-in`, and any later
 * one), so they all accept the same text and refuse it with the same sentence, which quotes
 * exactly what was typed.
 */
import { CatalogueError } from '../db/errors';
import { quote } from '../catalogue-format/show-value';
import { DURATION_UNITS_MS } from '../contract/lists';

const DAY = DURATION_UNITS_MS.d;
const UNITS: Readonly<Record<string, number>> = DURATION_UNITS_MS;

/**
 * Ten years: longer than any feed should stay valid, and far below the largest date
 * JavaScript can represent (a date past it cannot even be written into a signed index).
 */
export const MAX_DURATION_MS = 3650 * DAY;

const EXAMPLES = 'e.g. 30s, 90m, 12h, 30d or 2w';

/** Milliseconds of a duration such as `30d`; anything else is an INVALID_ARGUMENT. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+)\s*([smhdw])\s*$/.exec(text);
  const unit = match?.[2] === undefined ? undefined : UNITS[match[2]];
  if (match?.[1] === undefined || unit === undefined) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `${quote(text)} is not a duration: write a whole number and a unit (s, m, h, d or w), ${EXAMPLES}.`,
    );
  }
  const ms = Number(match[1]) * unit;
  if (ms === 0) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `${quote(text)} is no time at all: give a duration longer than zero, ${EXAMPLES}.`,
    );
  }
  if (!(ms <= MAX_DURATION_MS)) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `${quote(text)} is too long: the longest duration accepted is 3650d (ten years).`,
    );
  }
  return ms;
}
