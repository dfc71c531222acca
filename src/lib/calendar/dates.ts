/**
 * Calendar days as `YYYY-MM-DD` strings, the value of a date input. Worked out in UTC, so the
 * machine's time zone and summer time never move a day.
 */
import { weekdays, type Weekday } from '../plan/profile';

const toUtc = (date: string): Date => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!day || day.toISOString().slice(0, 10) !== date) throw new Error(`Not a calendar date: "${date}".`);
  return day;
};

/** True for a real day written `YYYY-MM-DD` (not 2026-02-30). */
export function isDate(date: string): boolean {
  try {
    toUtc(date);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  const day = toUtc(date);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The weekday of a date, Monday first as in the plan. */
export function weekdayOf(date: string): Weekday {
  return weekdays[(toUtc(date).getUTCDay() + 6) % 7]!;
}

/** The first Monday after `today` (a week later when today is a Monday): the usual start of a programme. */
export function nextMonday(today: string): string {
  return addDays(today, 7 - weekdays.indexOf(weekdayOf(today)));
}

/** The reader's today on their own clock. */
export const localToday = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
