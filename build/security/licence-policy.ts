/**
 * The licence policy for what ships inside the app (production dependencies): permissive
 * licences only, so the installers can be given to any member of the network without a
 * copyleft obligation. Pure functions, so the policy itself is unit-tested.
 */

/** Licences that need nothing from us beyond keeping the notice. */
export const ALLOWED_LICENCES: ReadonlySet<string> = new Set([
  'MIT',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0',
  'Unlicense',
  'CC0-1.0',
  'Zlib',
  'Python-2.0',
  'CC-BY-4.0',
]);

/**
 * Packages whose licence the checker cannot read from package.json, reviewed by hand.
 * Each entry says where the licence was read, so the review can be repeated.
 */
export const REVIEWED: Readonly<Record<string, { licence: string; reason: string }>> = {
  'buffers@0.1.1': {
    licence: 'MIT',
    reason: 'README.markdown ends with "license: MIT/X11" (used by exceljs via unzipper).',
  },
  'chainsaw@0.1.0': {
    licence: 'MIT',
    reason: 'package.json "license": "MIT/X11"; the checker marks it as guessed (MIT*).',
  },
};

/**
 * Whether an SPDX expression is acceptable: `A OR B` needs one allowed side, `A AND B` needs
 * both, parentheses group. A guessed licence (`MIT*`) or UNKNOWN is never acceptable unless
 * the package is in REVIEWED.
 */
export function isAllowedExpression(expression: string, allowed = ALLOWED_LICENCES): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  const peek = (): string | undefined => tokens[position];
  const parseAtom = (): boolean => {
    const token = tokens[position++];
    if (token === undefined) return false;
    if (token === '(') {
      const value = parseOr();
      if (tokens[position++] !== ')') return false;
      return value;
    }
    return allowed.has(token);
  };
  const parseAnd = (): boolean => {
    let value = parseAtom();
    while (peek() === 'AND') {
      position++;
      const right = parseAtom();
      value = value && right;
    }
    return value;
  };
  function parseOr(): boolean {
    let value = parseAnd();
    while (peek() === 'OR') {
      position++;
      const right = parseAnd();
      value = value || right;
    }
    return value;
  }
  const result = parseOr();
  return result && position === tokens.length;
}

export interface LicenceFinding {
  pkg: string;
  licence: string;
}

/** Every package that breaks the policy, given `name@version → licence expression`. */
export function licenceViolations(
  packages: Readonly<Record<string, string>>,
  ownName: string,
): LicenceFinding[] {
  return Object.entries(packages)
    .filter(([pkg]) => !pkg.startsWith(`${ownName}@`))
    .filter(([pkg, licence]) => {
      const reviewed = REVIEWED[pkg];
      return !isAllowedExpression(reviewed ? reviewed.licence : licence);
    })
    .map(([pkg, licence]) => ({ pkg, licence }));
}
