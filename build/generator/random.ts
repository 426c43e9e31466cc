/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence
 * on every machine and Node version, which is what makes generated catalogues reproducible.
 * Not for anything secret.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index chosen with the given weights. */
  weighted(weights: readonly number[]): number;
  /** `count` distinct items, in the order drawn (copies `items`: for short lists). */
  sample<T>(items: readonly T[], count: number): T[];
  /**
   * Up to `count` distinct items of a long list, other than `except`, without copying it:
   * a few random draws, so that picking from thousands of candidates stays O(count).
   */
  few<T>(items: readonly T[], count: number, except?: T): T[];
  /** Replaces each `#` with a digit. */
  digits(template: string): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted(weights) {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    sample(items, count) {
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < count && pool.length > 0) {
        const [item] = pool.splice(Math.floor(next() * pool.length), 1);
        if (item !== undefined) out.push(item);
      }
      return out;
    },
    few(items, count, except) {
      const out: (typeof items)[number][] = [];
      for (let tries = 0; out.length < count && tries < count * 8; tries++) {
        const item = items[Math.floor(next() * items.length)];
        if (item !== undefined && item !== except && !out.includes(item)) out.push(item);
      }
      return out;
    },
    digits: (template) => template.replace(/#/g, () => String(int(0, 9))),
  };
}
