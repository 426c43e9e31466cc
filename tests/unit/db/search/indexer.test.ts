import { describe, expect, it } from 'vitest';
import { phoneWords } from '../../../../db/search/indexer';

describe('phone numbers as searchable words', () => {
  it.each([
    ['+43 732 7800', '43 732 7800 437327800'],
    ['+39 (0)11-867/0650', '39 0 11 867 0650 390118670650'],
    ['0800123', '0800123'],
    ['ext.', ''],
    [undefined, ''],
  ])('%j gives %j', (phone, words) => {
    expect(phoneWords(phone)).toBe(words);
  });
});
