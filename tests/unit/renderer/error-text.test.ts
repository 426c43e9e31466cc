/**
 * Every way a sync can fail reaches the user as its own sentence saying what to do, in every
 * language: a feed code the UI does not know would only show the generic "Something went wrong".
 */
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { FEED_ERROR_CODES } from '../../../api/api-error';
import { errorSentence } from '../../../renderer/src/features/sync/error-text';
import { en } from '../../../renderer/src/i18n/en';

const keyOf = ((key: string) => key) as unknown as TFunction;

describe('sync error sentences', () => {
  it.each(FEED_ERROR_CODES)('%s has its own sentence', (code) => {
    expect(errorSentence(keyOf, { code, message: 'detail' })).toBe(`sync.errors.${code}`);
    expect(en.sync.errors).toHaveProperty(code, expect.stringMatching(/^[A-Z].{30,}\.$/));
  });

  it('tells a user whose app trusts no key what to do', () => {
    expect(en.sync.errors.NO_TRUSTED_KEY).toMatch(/trusts no signing key.*official release/);
  });
});
