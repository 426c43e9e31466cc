/**
 * The one search-query rule, as the app, web mode and `catalogue search` / `export` apply it
 * (contract/search.ts). The command line used to have its own, stopping at 50 values per filter;
 * the UI sends whole region subtrees, so the app's bounds are the rule now.
 */
import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../../contract/search';

const codes = (n: number, prefix = 'X') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('searchQuerySchema', () => {
  it('accepts a normal query as given', () => {
    expect(searchQuerySchema.parse({ text: 'milano', limit: 20, sectors: ['ict'] })).toEqual({
      text: 'milano',
      limit: 20,
      sectors: ['ict'],
    });
  });

  it('refuses oversized queries, each with a message naming the bound', () => {
    const tooLong = searchQuerySchema.safeParse({ text: 'x'.repeat(501) });
    expect(tooLong.error?.issues[0]?.message).toBe('must be at most 500 characters');
    expect(searchQuerySchema.safeParse({ limit: 501 }).error?.issues[0]?.message).toBe(
      'must be from 1 to 500',
    );
    expect(searchQuerySchema.safeParse({ limit: 0 }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ offset: -1 }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ sort: 'date' }).error?.issues[0]?.message).toBe(
      'must be relevance or name',
    );
  });

  it('takes a filter as big as the UI sends (a country’s whole region subtree), and no bigger', () => {
    // 51 sectors: refused by the command line's old rule, accepted by the one rule.
    expect(searchQuerySchema.safeParse({ sectors: codes(51) }).success).toBe(true);
    expect(searchQuerySchema.safeParse({ sectors: codes(500) }).success).toBe(true);
    expect(searchQuerySchema.safeParse({ sectors: codes(501) }).error?.issues[0]?.message).toBe(
      'at most 500 values',
    );
    expect(searchQuerySchema.safeParse({ regions: codes(2000, 'AT') }).success).toBe(true);
    expect(searchQuerySchema.safeParse({ regions: codes(2001, 'AT') }).success).toBe(false);
  });

  it('knows the kinds and languages the app has, and nothing else', () => {
    expect(searchQuerySchema.safeParse({ kinds: ['cluster', 'agency'] }).success).toBe(true);
    expect(searchQuerySchema.safeParse({ kinds: ['bogus'] }).error?.issues[0]?.message).toBe(
      'must be one of cluster, partner, supplier, research, agency, other',
    );
    expect(searchQuerySchema.safeParse({ locale: 'sl' }).success).toBe(true);
    expect(searchQuerySchema.safeParse({ locale: 'de-AT' }).success).toBe(false);
  });
});
