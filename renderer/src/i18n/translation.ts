/**
 * The shape of a complete translation. English has only the `_one`/`_other` plural forms, but
 * i18next picks a form by the language's CLDR plural category (Intl.PluralRules): Czech needs
 * `_few` and `_many` as well, Slovenian `_two` and `_few`. So for every English `X_one`/`X_other`
 * pair a language gives `X_<category>` for each of its extra categories too; a missing key or one
 * English does not have is a compile error, as for German and Italian.
 */
import type { Messages } from './en';

/** CLDR categories a language may need beyond English's `one` and `other`. */
type ExtraPluralCategory = 'zero' | 'two' | 'few' | 'many';

type WithPlurals<T, Extra extends ExtraPluralCategory> = {
  [K in keyof T as K extends `${infer Base}_one` ? K | `${Base}_${Extra}` : K]: T[K] extends string
    ? string
    : WithPlurals<T[K], Extra>;
};

/** A complete translation for a language whose extra plural categories are `Extra`. */
export type Translation<Extra extends ExtraPluralCategory = never> = WithPlurals<Messages, Extra>;
