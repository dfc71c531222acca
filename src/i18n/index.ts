import { en, type UiKey } from './en';
import { formatList, regionalLocale } from './format';

export { formatList, regionalLocale };

export type { UiKey };

/** The site's one locale for now; every page sets `<html lang>` from it. */
export const locale = 'en';


/** A UI string by key, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** Dates as readers write them, e.g. "26 November 2026". */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(regionalLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
