/**
 * What a cluster manager sees when a query's words are abbreviated, written another way, or
 * one too many: on a few real entries of the ECHE directory (as the directory writes them),
 * "univ wien" finds the universities of Vienna without "correcting" anything, and a query
 * whose words find nothing together shows what matches the others and says which word was
 * left out.
 */
import { CATALOGUE_SCHEMA } from '../../catalogue-format/schema';
import { expect, openApp, resultNames, search, test } from './support/fixtures';

// Every test starts on the opened app, its first search answered.
test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
});

const institution = (id: string, name: string, city: string, country: string) => ({
  id,
  kind: 'research',
  name,
  city,
  country,
});

test.use({
  appOptions: {
    source: {
      schema: CATALOGUE_SCHEMA,
      organisations: [
        institution('a-wien01', 'UNIVERSITAT WIEN', 'WIEN', 'AT'),
        institution('a-wien02', 'TECHNISCHE UNIVERSITAET WIEN', 'WIEN', 'AT'),
        institution('a-wien64', 'MEDIZINISCHE UNIVERSITAET WIEN', 'WIEN', 'AT'),
        institution('a-graz01', 'UNIVERSITAET GRAZ', 'GRAZ', 'AT'),
        institution('hu-budapes08', 'SEMMELWEIS EGYETEM', 'BUDAPEST', 'HU'),
        institution('pl-bialyst01', 'POLITECHNIKA BIALOSTOCKA', 'BIALYSTOK', 'PL'),
      ],
      events: [],
    },
  },
});

test('abbreviated words find what they begin, and nothing is "corrected"', async ({ page }) => {
  await search(page, 'univ wien');
  await expect(page.getByTestId('total')).toHaveText('3 organisations');
  await expect(resultNames(page).first()).toContainText('WIEN');
  await expect(page.getByTestId('corrected')).toHaveCount(0);
  await expect(page.getByTestId('left-out')).toHaveCount(0);

  // The directory writes UNIVERSITAT and UNIVERSITAET: every spelling finds both.
  await search(page, 'universität wien');
  await expect(page.getByTestId('total')).toHaveText('3 organisations');
});

test('a word too many is left out, and the line says which', async ({ page }) => {
  await search(page, 'semmelweis university budapest');
  await expect(resultNames(page)).toHaveText(['SEMMELWEIS EGYETEM']);
  await expect(page.getByTestId('left-out')).toHaveText(
    'No organisation matches every word: “university” was left out.',
  );

  // A word that matches nothing is replaced, and named once.
  await search(page, 'politechnika bialostocky');
  await expect(resultNames(page)).toHaveText(['POLITECHNIKA BIALOSTOCKA']);
  await expect(page.getByTestId('corrected')).toHaveText(
    'Showing results for “bialostocka” instead of “bialostocky”.',
  );
  await expect(page.getByTestId('left-out')).toHaveCount(0);
});
