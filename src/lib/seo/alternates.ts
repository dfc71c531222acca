/**
 * The same page in every language, for `hreflang` links and the language switch. Every page
 * exists in every language (the build refuses words missing in one), so the addresses differ
 * only by the locale prefix.
 */
import { joinBase } from '../routes';
import { defaultLocale, locales, localePath, neutralPath, type Locale } from '../../i18n/locales';

export interface Alternate {
  locale: Locale;
  /** The page's address in that language, with the deploy's base. */
  path: string;
}

/** `pathname` is the page's address as served, base included (`/osteomove/de/plan/`). */
export function alternatesOf(pathname: string, base: string): { current: Locale; alternates: Alternate[]; fallback: string } {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  const inSite = pathname.startsWith(`${root}/`) ? pathname.slice(root.length) : pathname;
  const { locale: current, path } = neutralPath(inSite);
  const alternates = locales.map((locale) => ({ locale, path: joinBase(base, localePath(locale, path)) }));
  return { current, alternates, fallback: joinBase(base, localePath(defaultLocale, path)) };
}
