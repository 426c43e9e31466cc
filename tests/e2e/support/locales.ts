/**
 * The same test in several browser languages: a describe block per case, named by its locale,
 * in a browser with that locale (what `navigator.language` and Intl report to the app). The
 * case's other values are what the test expects in that language.
 */
import { test } from './fixtures';

export function inEachLocale<Case extends readonly [string, ...string[]]>(
  cases: readonly Case[],
  tests: (...values: Case) => void,
): void {
  for (const values of cases) {
    const [locale] = values;
    test.describe(locale, () => {
      test.use({ locale });
      tests(...values);
    });
  }
}
