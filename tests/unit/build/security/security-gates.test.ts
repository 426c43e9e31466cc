import { describe, expect, it } from 'vitest';
import { newFindings } from '../../../../build/security/electronegativity-baseline';
import { supportedMajors } from '../../../../build/security/electron-support';
import { isAllowedExpression, licenceViolations } from '../../../../build/security/licence-policy';

describe('licence policy', () => {
  it('accepts permissive licences and SPDX choices with one permissive side', () => {
    expect(isAllowedExpression('MIT')).toBe(true);
    expect(isAllowedExpression('(MIT OR GPL-3.0-or-later)')).toBe(true);
    expect(isAllowedExpression('(BSD-2-Clause OR MIT OR Apache-2.0)')).toBe(true);
    expect(isAllowedExpression('(MIT AND Zlib)')).toBe(true);
  });

  it('refuses copyleft, unknown, guessed and half-permissive conjunctions', () => {
    expect(isAllowedExpression('GPL-3.0-only')).toBe(false);
    expect(isAllowedExpression('UNKNOWN')).toBe(false);
    expect(isAllowedExpression('MIT*')).toBe(false);
    expect(isAllowedExpression('(MIT AND GPL-2.0-only)')).toBe(false);
    expect(isAllowedExpression('(MIT OR')).toBe(false);
  });

  it('reports offending packages but not the app itself or reviewed ones', () => {
    const violations = licenceViolations(
      {
        'metacluster-catalogue@0.1.0': 'UNLICENSED',
        'left-pad@1.0.0': 'WTFPL',
        'chainsaw@0.1.0': 'MIT*',
        'react@19.0.0': 'MIT',
      },
      'metacluster-catalogue',
    );
    expect(violations).toEqual([{ pkg: 'left-pad@1.0.0', licence: 'WTFPL' }]);
  });
});

describe('Electron support window', () => {
  it('is the three newest stable majors, ignoring prereleases', () => {
    expect(
      supportedMajors(['43.1.0', '44.0.0', '45.5.0', '46.0.0-beta.2', '42.9.9', '45.0.0']),
    ).toEqual([45, 44, 43]);
  });
});

describe('Electronegativity baseline', () => {
  it('lets reviewed findings through and flags new ones, whatever line they moved to', () => {
    const finding = {
      id: 'X_CHECK',
      file: 'electron/main.ts',
      line: 10,
      description: '',
      severity: 'HIGH',
    };
    const baseline = [{ id: 'X_CHECK', file: 'electron/main.ts', reason: 'reviewed' }];
    expect(newFindings([{ ...finding, line: 99 }], baseline)).toEqual([]);
    expect(newFindings([{ ...finding, file: 'electron/other.ts' }], baseline)).toHaveLength(1);
  });
});
