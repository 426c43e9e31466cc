import { describe, expect, it } from 'vitest';
import { splitPersonName } from '../../../export/person-name';

describe('splitPersonName', () => {
  it.each([
    ['Jana Nováková', { given: 'Jana', family: 'Nováková' }],
    ['Ing. Ján Šťastný, PhD.', { prefix: 'Ing.', given: 'Ján', family: 'Šťastný', suffix: 'PhD.' }],
    [
      'Dipl.-Ing. Dr. Jürgen Maria Weiß',
      { prefix: 'Dipl.-Ing. Dr.', given: 'Jürgen', middle: 'Maria', family: 'Weiß' },
    ],
    [
      'prof. Łukasz Żółć-Świątek MBA',
      { prefix: 'prof.', given: 'Łukasz', family: 'Żółć-Świątek', suffix: 'MBA' },
    ],
    ['Madonna', { family: 'Madonna' }],
    ['', {}],
  ])('%s', (full, parts) => {
    expect(splitPersonName(full)).toEqual({
      prefix: '',
      given: '',
      middle: '',
      family: '',
      suffix: '',
      ...parts,
    });
  });
});
