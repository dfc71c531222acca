/**
 * Locale formats that need no dictionary, so the plan island can use them without loading the
 * UI strings: the platform's `Intl` in the site's regional locale.
 */

/** The site's locale with its region, for dates, lists and Open Graph's `og:locale`: British English. */
export const regionalLocale = 'en-GB';

/** "A", "A and B", "A, B and C", as readers of the locale write a list. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(regionalLocale, { type: 'conjunction' }).format(items);
}
