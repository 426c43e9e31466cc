/**
 * Durations (`publish --expires-in`, and every later option that takes one): a whole number and
 * a unit from seconds to weeks; anything else is refused with a sentence quoting exactly what
 * was typed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogueError } from '../../../db/errors';
import { MAX_DURATION_MS, parseDuration } from '../../../feed/duration';
import { publishFeed } from '../../../feed/publish';
import { devKey, tempDir, writeSource } from './helpers';
import { syntheticCatalogue } from './synthetic';
import { quote } from '../../../catalogue-format/show-value';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

function refusal(text: string): CatalogueError {
  try {
    parseDuration(text);
  } catch (error) {
    if (error instanceof CatalogueError) return error;
    throw error;
  }
  throw new Error(`${text} was accepted`);
}

describe('durations', () => {
  it('reads seconds, minutes, hours, days and weeks', () => {
    expect(parseDuration('1s')).toBe(1000);
    expect(parseDuration('45s')).toBe(45_000);
    expect(parseDuration('90m')).toBe(90 * 60_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('30d')).toBe(30 * 86_400_000);
    expect(parseDuration(' 2w ')).toBe(14 * 86_400_000);
  });

  it('reads every whole number of every unit up to ten years', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(UNIT_MS) as (keyof typeof UNIT_MS)[])),
        fc.integer({ min: 1, max: 1_000_000 }),
        (unit, n) => {
          fc.pre(n * UNIT_MS[unit] <= MAX_DURATION_MS);
          expect(parseDuration(`${n}${unit}`)).toBe(n * UNIT_MS[unit]);
        },
      ),
    );
  });

  it('refuses anything else, quoting exactly what was typed, with examples', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((s) => !/^\s*\d+\s*[smhdw]\s*$/.test(s)),
        (text) => {
          const error = refusal(text);
          expect(error.code).toBe('INVALID_ARGUMENT');
          expect(error.message.startsWith(`${quote(text)} is not a duration`)).toBe(true);
          expect(error.message).toMatch(/30s, 90m, 12h, 30d or 2w/);
        },
      ),
    );
    expect(refusal('1 fortnight').message).toMatch(/^"1 fortnight" is not a duration/);
    expect(refusal('1S').message).toMatch(/^"1S" is not a duration/);
  });

  it('refuses no time at all, and more than ten years (a date an index could not hold)', () => {
    expect(refusal('0s').message).toMatch(/^"0s" is no time at all/);
    expect(refusal('3651d').message).toMatch(/^"3651d" is too long: .*3650d/);
    expect(refusal('99999999999999999999w').message).toMatch(/too long/);
    expect(parseDuration('3650d')).toBe(MAX_DURATION_MS);
  });

  it('lets an administrator publish a feed that expires in seconds', async () => {
    const dir = tempDir('duration-');
    try {
      const now = new Date('2026-03-01T10:00:00.000Z');
      const result = await publishFeed({
        source: writeSource(dir.path, syntheticCatalogue(3)),
        key: devKey(),
        out: dir.path,
        expiresIn: '45s',
        now,
      });
      expect(result.expires).toBe('2026-03-01T10:00:45.000Z');
    } finally {
      dir.remove();
    }
  });
});
