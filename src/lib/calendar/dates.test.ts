import { describe, expect, it } from 'vitest';
import { weekdays } from '../plan/profile';
import { addDays, isDate, localToday, nextMonday, weekdayOf } from './dates';

describe('calendar dates', () => {
  it('name the weekday of a date, Monday first', () => {
    // 7 December 2026 is a Monday.
    weekdays.forEach((day, i) => expect(weekdayOf(addDays('2026-12-07', i))).toBe(day));
  });
  it('add days across months, years and leap days', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 84)).toBe('2026-06-20');
  });
  it('start on the next Monday, a week on when today is a Monday', () => {
    for (let i = 0; i < 7; i++) {
      const today = addDays('2026-12-07', i);
      const monday = nextMonday(today);
      expect(weekdayOf(monday)).toBe('mon');
      expect(monday > today && monday <= addDays(today, 7)).toBe(true);
    }
  });
  it('tell real dates from others', () => {
    expect(isDate('2028-02-29')).toBe(true);
    for (const text of ['2026-02-30', '2026-13-01', '', '07.12.2026']) expect(isDate(text)).toBe(false);
  });
  it('read today from the local clock', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
