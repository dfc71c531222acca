/**
 * The content in each language, read as the build reads it, and the pages of each language, so
 * that browser specs and built-HTML tests loop over entries instead of naming ids content may change.
 */
import { statSync } from 'node:fs';
import { useTranslations } from '../../src/i18n';
import { localePath, locales, neutralPath, type Locale } from '../../src/i18n/locales';
import { readContent } from '../../src/lib/content/files';
import { builtFile, builtPages, envSite, siteUrl, type BuiltSite } from './builtPages';

export { locales, type Locale };

/** The words of one exercise in one language, as its page and sheet show them. */
export interface ExerciseText {
  id: string;
  title: string;
  aliases: string[];
  keyframes: string[];
  steps: string[];
  cautions: string[];
  facts: Record<string, unknown>;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function exercisesIn(locale: Locale): ExerciseText[] {
  return readContent('exercises', locale).map(({ id, words, facts }) => ({
    id,
    title: String(words.title),
    aliases: list(words.aliases),
    keyframes: list(words.keyframes),
    steps: list(words.steps),
    cautions: list(words.cautions),
    facts,
  }));
}

/** A language-neutral site path in a locale, with the base of `site`: `/exercises/` is `/de/exercises/` in German. */
export const localeUrl = (locale: Locale, path: string, site: BuiltSite = envSite): string => siteUrl(site, localePath(locale, path));

/** The locale and language-neutral path of a built page's path (base included), e.g. `de` and `/exercises/`. */
export const localeOfPage = (path: string, site: BuiltSite = envSite): { locale: Locale; path: string } =>
  neutralPath(`/${path.slice(site.basePath.length)}`);

/** The locale of a built page's path (base included). */
export const localeOf = (path: string, site: BuiltSite = envSite): Locale => localeOfPage(path, site).locale;

/** Every built page of one language. */
export const pagesIn = (locale: Locale, site: BuiltSite = envSite): string[] => builtPages(site).filter((path) => localeOf(path, site) === locale);

/** The exercise pages of one language, from the build. */
export const exercisePagesIn = (locale: Locale, site: BuiltSite = envSite): string[] =>
  pagesIn(locale, site).filter((path) => new RegExp(`^${localeUrl(locale, '/exercises/', site)}[a-z0-9-]+/$`).test(path));

/** The UI words of a locale, as the pages print them. */
export const wordsOf = (locale: Locale) => useTranslations(locale).t;

/** A page that stands alone is its own template; the pages of a folder (`/exercises/<id>/`) share `/exercises/*`. */
export const templateOf = (path: string, site: BuiltSite = envSite): string =>
  localeOfPage(path, site).path.split('/').length > 3 ? path.replace(/[^/]+\/$/, '*') : path;

/**
 * Every page that stands alone (a language's top-level pages), and the first and the largest
 * page of each folder of alike pages: what a browser check loads so that its share stays the
 * same however many exercises the library grows to.
 */
export function templateSample(site: BuiltSite = envSite): string[] {
  const sized = builtPages(site).map((path) => ({ path, bytes: statSync(builtFile(path, site)).size }));
  const largest = (pages: typeof sized) => pages.reduce((a, b) => (b.bytes > a.bytes ? b : a)).path;
  return [...Map.groupBy(sized, ({ path }) => templateOf(path, site)).values()].flatMap((alike) => [...new Set([alike[0]!.path, largest(alike)])]).sort();
}
