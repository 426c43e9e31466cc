// @vitest-environment jsdom
/**
 * Every UI language is complete: each English key (with the language's own plural forms where
 * English has `_one`/`_other`), nothing else, the same {{placeholders}}, nothing left in
 * English by oversight, and the plural form a cluster manager reads for a count is the right one.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../contract';
import { cs } from '../../../../renderer/src/i18n/cs';
import { de } from '../../../../renderer/src/i18n/de';
import { en } from '../../../../renderer/src/i18n/en';
import { hu } from '../../../../renderer/src/i18n/hu';
import { changeLocale, initI18n, UI_LOCALES } from '../../../../renderer/src/i18n/index';
import { it as italian } from '../../../../renderer/src/i18n/it';
import { pl } from '../../../../renderer/src/i18n/pl';
import { sk } from '../../../../renderer/src/i18n/sk';
import { sl } from '../../../../renderer/src/i18n/sl';

const LANGUAGES: Record<Locale, object> = { en, de, it: italian, sk, cs, hu, pl, sl };

/** Every leaf string by its dotted path: "sync.errors.UNKNOWN" → "Something went wrong…". */
function leaves(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v as object, key)) out.set(kk, vv);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

const english = leaves(en);

function categories(locale: Locale): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
}

/** The keys a language must have, and for each the English string it translates. */
function expected(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, text] of english) {
    const plural = /^(.*)_(one|other)$/.exec(key);
    const base = plural?.[1];
    if (base === undefined || !english.has(`${base}_one`) || !english.has(`${base}_other`)) {
      out.set(key, text);
    } else if (plural?.[2] === 'one') {
      for (const category of categories(locale)) {
        out.set(`${base}_${category}`, english.get(`${base}_${category}`) ?? text);
      }
    }
  }
  return out;
}

/** The same in every language: an endonym, a format name, or only placeholders and marks. */
const SAME_EVERYWHERE = new Set([
  'events.dates', // "{{start}} – {{end}}"
  'events.optionCount', // "{{label}} ({{count}})"
  'welcome.chip', // "{{label}} · {{count}}"
  'export.formats.vcard4', // "vCard 4.0", a format name with nothing to translate
  'export.summary', // "{{organisations}}: {{reach}}.", two translated halves
]);

/** Words a language shares with English (the usual term there, not an oversight). */
const SAME_WORD: Record<Exclude<Locale, 'en'>, readonly string[]> = {
  de: [
    ...['search.sortName', 'facets.region', 'profile.region', 'kinds.cluster', 'kinds.partner'],
    ...['eventKinds.workshop', 'profile.website', 'profile.fax', 'shortlists.inLists'],
    ...['export.format', 'updates.badge.offline'],
    ...['whatsNew.sync', 'whatsNew.syncFirst'], // "Version {{version}}"
  ],
  it: [
    ...['kinds.cluster', 'kinds.partner', 'eventKinds.workshop', 'profile.email', 'profile.fax'],
    ...['shortlists.inLists', 'updates.badge.offline'],
    ...['changes.fields.email', 'changes.fields.fax'],
  ],
  sk: [
    ...['kinds.partner', 'eventKinds.workshop', 'profile.email', 'profile.fax'],
    ...['updates.badge.offline', 'changes.fields.email', 'changes.fields.fax'],
  ],
  cs: [
    ...['search.sortRelevance', 'facets.region', 'profile.region', 'kinds.partner'],
    ...['eventKinds.workshop', 'profile.email', 'profile.fax', 'updates.badge.offline'],
    ...['changes.fields.email', 'changes.fields.fax'],
  ],
  pl: [
    ...['facets.region', 'profile.region', 'kinds.partner', 'profile.email', 'export.format'],
    ...['updates.badge.offline', 'changes.fields.email'],
  ],
  hu: [
    ...['kinds.partner', 'eventKinds.workshop', 'profile.email', 'profile.fax'],
    ...['updates.badge.offline', 'changes.fields.email', 'changes.fields.fax'],
    'export.formats.outlook', // "Outlook CSV": a product name and a format name
  ],
  sl: ['kinds.partner'],
};

describe.each(UI_LOCALES.map((locale) => [locale]))('the %s interface', (locale) => {
  const messages = leaves(LANGUAGES[locale]);
  const wanted = expected(locale);

  it("has every English key with the language's plural forms, and no other key", () => {
    expect([...messages.keys()].sort()).toEqual([...wanted.keys()].sort());
  });

  it('keeps exactly the placeholders of each English string', () => {
    for (const [key, text] of messages) {
      expect(placeholders(text), key).toEqual(placeholders(wanted.get(key) ?? ''));
    }
  });
});

describe.each(UI_LOCALES.filter((l) => l !== 'en').map((locale) => [locale]))(
  'the %s translation',
  (locale) => {
    it('leaves nothing in English except names and shared words', () => {
      const messages = leaves(LANGUAGES[locale]);
      const allowed = new Set(SAME_WORD[locale]);
      const same = [...messages].filter(
        ([key, text]) => english.get(key) === text && !SAME_EVERYWHERE.has(key),
      );
      expect(same.map(([key]) => key).sort()).toEqual([...allowed].sort());
    });
  },
);

describe('plural forms through i18next as the app sets it up', () => {
  const i18n = initI18n('en');
  const say = async (locale: Locale, key: string) => {
    await changeLocale(locale);
    return [1, 2, 5, 22].map((count) => i18n.t(key, { count }));
  };

  it('counts organisations in each language', async () => {
    expect(await say('cs', 'search.total')).toEqual([
      '1 organizace',
      '2 organizace',
      '5 organizací',
      '22 organizací', // Czech uses "few" for 2–4 only, not 22–24
    ]);
    expect(await say('sk', 'search.total')).toEqual([
      '1 organizácia',
      '2 organizácie',
      '5 organizácií',
      '22 organizácií',
    ]);
    expect(await say('pl', 'shortlists.count')).toEqual([
      '1 organizacja',
      '2 organizacje',
      '5 organizacji',
      '22 organizacje',
    ]);
    expect(await say('sl', 'search.total')).toEqual([
      '1 organizacija',
      '2 organizaciji',
      '5 organizacij',
      '22 organizacij', // the dual is for 2 and 102, 202…, not 22
    ]);
    expect(await say('hu', 'search.total')).toEqual([
      '1 szervezet',
      '2 szervezet',
      '5 szervezet',
      '22 szervezet',
    ]);
  });

  it('makes the verb agree with the number of copied addresses', async () => {
    expect(await say('cs', 'export.copied')).toEqual([
      'Zkopírována 1 adresa pro pole Skrytá kopie (BCC).',
      'Zkopírovány 2 adresy pro pole Skrytá kopie (BCC).',
      'Zkopírováno 5 adres pro pole Skrytá kopie (BCC).',
      'Zkopírováno 22 adres pro pole Skrytá kopie (BCC).',
    ]);
    expect(await say('pl', 'export.copied')).toEqual([
      'Skopiowano 1 adres do pola UDW (BCC).',
      'Skopiowano 2 adresy do pola UDW (BCC).',
      'Skopiowano 5 adresów do pola UDW (BCC).',
      'Skopiowano 22 adresy do pola UDW (BCC).',
    ]);
    expect(await say('sl', 'export.copied')).toEqual([
      'Kopiran je 1 naslov za polje Skp (BCC).',
      'Kopirana sta 2 naslova za polje Skp (BCC).',
      'Kopiranih je 5 naslovov za polje Skp (BCC).',
      'Kopiranih je 22 naslovov za polje Skp (BCC).',
    ]);
    expect(await say('hu', 'export.copied')).toEqual([
      '1 cím a vágólapra másolva a Titkos másolat (BCC) mezőhöz.',
      '2 cím a vágólapra másolva a Titkos másolat (BCC) mezőhöz.',
      '5 cím a vágólapra másolva a Titkos másolat (BCC) mezőhöz.',
      '22 cím a vágólapra másolva a Titkos másolat (BCC) mezőhöz.',
    ]);
  });

  it('says how many chosen organisations can be reached, with the verb agreeing', async () => {
    expect(await say('en', 'export.reachable')).toEqual([
      '1 has an e-mail address or a phone',
      '2 have an e-mail address or a phone',
      '5 have an e-mail address or a phone',
      '22 have an e-mail address or a phone',
    ]);
    expect(await say('pl', 'export.reachable')).toEqual([
      '1 ma adres e-mail lub telefon',
      '2 mają adres e-mail lub telefon',
      '5 ma adres e-mail lub telefon',
      '22 mają adres e-mail lub telefon',
    ]);
    expect(await say('cs', 'export.reachable')).toEqual([
      '1 má e-mailovou adresu nebo telefon',
      '2 mají e-mailovou adresu nebo telefon',
      '5 má e-mailovou adresu nebo telefon',
      '22 má e-mailovou adresu nebo telefon',
    ]);
    expect(await say('sl', 'export.reachable')).toEqual([
      '1 ima e-poštni naslov ali telefon',
      '2 imata e-poštni naslov ali telefon',
      '5 ima e-poštni naslov ali telefon',
      '22 ima e-poštni naslov ali telefon',
    ]);
    expect(await say('de', 'export.inScope')).toEqual([
      '1 Organisation',
      '2 Organisationen',
      '5 Organisationen',
      '22 Organisationen',
    ]);
  });

  it('counts what was exported and added to a shortlist', async () => {
    expect(await say('pl', 'export.done')).toEqual([
      'Wyeksportowano 1 organizację do pliku {{file}}.',
      'Wyeksportowano 2 organizacje do pliku {{file}}.',
      'Wyeksportowano 5 organizacji do pliku {{file}}.',
      'Wyeksportowano 22 organizacje do pliku {{file}}.',
    ]);
    expect(await say('sk', 'selection.added')).toEqual([
      'Do zoznamu „{{name}}“ bola pridaná 1 organizácia.',
      'Do zoznamu „{{name}}“ boli pridané 2 organizácie.',
      'Do zoznamu „{{name}}“ bolo pridaných 5 organizácií.',
      'Do zoznamu „{{name}}“ bolo pridaných 22 organizácií.',
    ]);
    expect(await say('sl', 'export.copyEmailsCount')).toEqual([
      'Kopiraj 1 e-poštni naslov',
      'Kopiraj 2 e-poštna naslova',
      'Kopiraj 5 e-poštnih naslovov',
      'Kopiraj 22 e-poštnih naslovov',
    ]);
    expect(await say('en', 'export.copyEmailsCount')).toEqual([
      'Copy 1 e-mail address',
      'Copy 2 e-mail addresses',
      'Copy 5 e-mail addresses',
      'Copy 22 e-mail addresses',
    ]);
  });

  it('counts new, changed and withdrawn organisations with the adjective agreeing', async () => {
    expect(await say('cs', 'changes.added')).toEqual(['1 nová', '2 nové', '5 nových', '22 nových']);
    expect(await say('pl', 'changes.withdrawn')).toEqual([
      '1 wycofana',
      '2 wycofane',
      '5 wycofanych',
      '22 wycofane', // Polish uses "few" for 22–24 too
    ]);
    expect(await say('sl', 'changes.changed')).toEqual([
      '1 spremenjena',
      '2 spremenjeni', // Slovenian's dual
      '5 spremenjenih',
      '22 spremenjenih',
    ]);
    expect(await say('it', 'changes.added')).toEqual(['1 nuova', '2 nuove', '5 nuove', '22 nuove']);
  });

  it('has an Italian form for a million, not the English one', async () => {
    await changeLocale('it');
    expect(i18n.t('search.total', { count: 1_000_000 })).toBe('1.000.000 organizzazioni');
  });

  it('writes every count in the number format of the interface language', async () => {
    const total = async (locale: Locale) => {
      await changeLocale(locale);
      return i18n.t('search.total', { count: 5912 });
    };
    expect(await total('en')).toBe('5,912 organisations');
    expect(await total('de')).toBe('5.912 Organisationen');
    // Slovak groups with a no-break space; Italian and Polish do not group four digits.
    expect(await total('sk')).toBe('5\u00a0912 organizácií');
    expect(await total('it')).toBe('5912 organizzazioni');
    expect(await total('pl')).toBe('5912 organizacji');
    await changeLocale('de');
    expect(i18n.t('events.optionCount', { label: 'Lebensmittel', count: 1234 })).toBe(
      'Lebensmittel (1.234)',
    );
  });

  it('shows the chosen language on the page for screen readers', async () => {
    await changeLocale('sl');
    expect(document.documentElement.lang).toBe('sl');
  });
});
