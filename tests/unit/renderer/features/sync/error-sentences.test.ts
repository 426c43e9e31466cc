// @vitest-environment jsdom
/**
 * Every error code the API can answer with reaches the user as a sentence in their language
 * that says what to do, never as the "Something went wrong (CODE: …)" fallback: a code added
 * to the contract without its sentences fails here.
 */
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../../../../contract';
import { errorSentence } from '../../../../../renderer/src/features/sync/error-text';
import { changeLocale, initI18n, UI_LOCALES } from '../../../../../renderer/src/i18n/index';

const SERVER_MESSAGE = 'the server’s own message, only for codes the UI does not know';

describe.each(UI_LOCALES.map((locale) => [locale]))('in %s', (locale) => {
  it('every API error code has its own sentence', async () => {
    const i18n = initI18n('en');
    await changeLocale(locale);
    const fallback = errorSentence(i18n.t, { code: 'NO_SUCH_CODE', message: SERVER_MESSAGE });
    expect(fallback).toContain(SERVER_MESSAGE);
    for (const code of API_ERROR_CODES.filter((c) => c !== 'INTERNAL')) {
      const sentence = errorSentence(i18n.t, { code, message: SERVER_MESSAGE });
      expect(sentence, code).not.toContain(SERVER_MESSAGE);
      expect(sentence, code).not.toBe(`sync.errors.${code}`);
    }
  });

  it('says a bug is a bug, in its own sentence with the server’s account of it to pass on', async () => {
    const i18n = initI18n('en');
    await changeLocale(locale);
    const internal = errorSentence(i18n.t, { code: 'INTERNAL', message: SERVER_MESSAGE });
    const unknown = errorSentence(i18n.t, { code: 'NO_SUCH_CODE', message: SERVER_MESSAGE });
    expect(internal).toContain(SERVER_MESSAGE);
    expect(internal).not.toContain('INTERNAL');
    expect(internal).not.toBe(unknown.replace('NO_SUCH_CODE', 'INTERNAL'));
  });
});
