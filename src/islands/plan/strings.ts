/**
 * The plan's words in one language. The island loads only the page's dictionary
 * (`src/i18n/<locale>-plan.ts`), so each page carries one language's plan strings and none of
 * them sit in the HTML, which is the first round trip; the page renders its example plan with
 * the same words, so the server's plan and the island's word things identically.
 */
import { fill, type Values } from '../../i18n/format';
import { localeInfo, localePath, type Locale } from '../../i18n/locales';
import { messageRenderer, type MessageValue, type PlanKey, type PlanStrings } from '../../lib/plan';
import { href } from '../../paths';

/** One chunk per language, fetched by the pages of that language only. */
export const planDictionaries = {
  en: () => import('../../i18n/en-plan').then((module) => module.enPlan),
  de: () => import('../../i18n/de-plan').then((module) => module.dePlan),
} satisfies Record<Locale, () => Promise<PlanStrings>>;

export interface PlanWords {
  locale: Locale;
  /** The region for `Intl`, e.g. `de-DE`. */
  region: string;
  /** A UI string with its `{placeholders}` filled. */
  text: (key: PlanKey, values?: Values) => string;
  /** A message of the generator (a note, a warning, a problem) or one of its values, in words. */
  say: (value: MessageValue) => string;
  /** A page of the site in this language, with the deploy's base. */
  link: (path: string) => string;
}

export function planWords(locale: Locale, strings: PlanStrings): PlanWords {
  const { region } = localeInfo[locale];
  return {
    locale,
    region,
    text: (key, values) => fill(strings[key], values),
    say: messageRenderer(strings, region),
    link: (path) => href(localePath(locale, path)),
  };
}

/** The words of a locale, its dictionary loaded. */
export const loadPlanWords = async (locale: Locale): Promise<PlanWords> => planWords(locale, await planDictionaries[locale]());
