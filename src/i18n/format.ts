/**
 * Formats that need no dictionary, so the islands can use them without loading the UI strings:
 * the one placeholder filler, and the platform's `Intl` in a locale's region.
 */
import type { Weekday } from '../lib/plan/profile';

export type Values = Record<string, string | number>;

/** `{name}` placeholders filled from `values`; an unknown one stays visible, so a missing value shows up in review. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** "A", "A and B", "A, B and C", as readers of the region (e.g. `en-GB`, `de-DE`) write a list. */
const listFormats = new Map<string, Intl.ListFormat>();

export function formatList(region: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  const key = `${region} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(region, { type })));
  return format.format(items);
}

/** Dates as readers write them, e.g. "26 November 2026" or "26. November 2026", whatever the machine's time zone. */
export function formatDate(region: string, date: Date): string {
  return new Intl.DateTimeFormat(region, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Days after a Monday (1 January 2024), so `Intl` names each weekday. */
const weekdayOffsets = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const satisfies Record<Weekday, number>;

/** One formatter per region (lists above likewise): making one takes far longer than using it, and a plan names dozens of days. */
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** A weekday's name as readers of the region write it, e.g. "Monday" or "Montag". */
export function weekdayName(region: string, day: Weekday): string {
  let format = weekdayFormats.get(region);
  if (!format) weekdayFormats.set(region, (format = new Intl.DateTimeFormat(region, { weekday: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(2024, 0, 1 + weekdayOffsets[day])));
}
