/**
 * The words of a page in its language: `useTranslations(Astro.currentLocale)` gives the
 * dictionary, formats and links of that locale, so no component holds a locale of its own.
 */
import { href } from '../paths';
import { de } from './de';
import { en, type UiKey } from './en';
import { fill, formatDate, formatList, type Values } from './format';
import { localeInfo, localePath, toLocale, type Locale } from './locales';

export type { UiKey };

/** A dictionary lookup of one locale, as the pure functions in `src/lib` take it. */
export type Translate = (key: UiKey, values?: Values) => string;

/** Every locale's dictionary has every English key (`satisfies` in each file makes a missing one fail `astro check`). */
const dictionaries = { en, de } as const satisfies Record<Locale, Record<UiKey, string>>;

export interface Translator {
  locale: Locale;
  /** The region for `Intl` and hreflang, e.g. `en-GB`. */
  region: string;
  t: Translate;
  formatDate: (date: Date) => string;
  formatList: (items: readonly string[], type?: Intl.ListFormatType) => string;
  /** A page of the site in this locale, with the deploy's base: `link('/plan/')` is `/de/plan/` in German. */
  link: (path: string) => string;
}

const translators = new Map<Locale, Translator>();

function translator(locale: Locale): Translator {
  const words: Record<UiKey, string> = dictionaries[locale];
  const { region } = localeInfo[locale];
  return {
    locale,
    region,
    t: (key, values) => fill(words[key], values),
    formatDate: (date) => formatDate(region, date),
    formatList: (items, type) => formatList(region, items, type),
    link: (path) => href(localePath(locale, path)),
  };
}

export function useTranslations(locale: string | undefined): Translator {
  const known = toLocale(locale);
  let found = translators.get(known);
  if (!found) translators.set(known, (found = translator(known)));
  return found;
}
