/**
 * The site's languages. English is the default and keeps its addresses without a prefix; every
 * other language lives under `/<locale>/`. A third language is one entry here, a dictionary in
 * this folder and a folder of words in `content/<locale>/`.
 */
export const locales = ['en', 'de'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

interface LocaleInfo {
  /** The language's own name, for the language switch. */
  name: string;
  /** The region whose conventions dates, numbers and lists follow (`Intl`), and hreflang names. */
  region: string;
  /** Open Graph's spelling of the region. */
  ogLocale: string;
}

export const localeInfo = {
  en: { name: 'English', region: 'en-GB', ogLocale: 'en_GB' },
  de: { name: 'Deutsch', region: 'de-DE', ogLocale: 'de_DE' },
} as const satisfies Record<Locale, LocaleInfo>;

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/** The page's locale from `Astro.currentLocale`; anything else is a build mistake worth stopping for. */
export function toLocale(value: string | undefined): Locale {
  if (value === undefined) return defaultLocale;
  if (!isLocale(value)) throw new Error(`"${value}" is not one of the site's locales (${locales.join(', ')}).`);
  return value;
}

/** A root-relative path in a locale: `/exercises/` in English, `/de/exercises/` in German. */
export function localePath(locale: Locale, path: string): string {
  if (locale === defaultLocale || !path.startsWith('/') || path.startsWith('//')) return path;
  return `/${locale}${path}`;
}

/** The language-neutral path of a locale's path: `/de/exercises/` gives `/exercises/`. */
export function neutralPath(path: string): { locale: Locale; path: string } {
  const first = path.split('/')[1];
  if (first && first !== defaultLocale && isLocale(first)) return { locale: first, path: path.slice(first.length + 1) || '/' };
  return { locale: defaultLocale, path };
}

/** `getStaticPaths` params for a route under `src/pages/[...lang]/`: no prefix for the default language. */
export const langParams = () => locales.map((locale) => ({ lang: locale === defaultLocale ? undefined : locale, locale }));
