/*
 * "Add to my calendar" on the built plan: the reader picks days, a first day, a time and a
 * reminder, downloads the file, and a real iCalendar parser (ical.js) reads it back. The
 * expected sessions come from the generator for the same profile, week by week.
 */
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { dePlan } from '../src/i18n/de-plan';
import { enPlan } from '../src/i18n/en-plan';
import type { Locale } from '../src/i18n/locales';
import { planWords } from '../src/islands/plan/strings';
import { doseWords } from '../src/islands/plan/view';
import { addDays, weekdayOf } from '../src/lib/calendar/dates';
import { defaultProfile, generatePlan, profileToSearch, type Profile, type Weekday } from '../src/lib/plan';
import { loadContentExercises } from '../src/lib/plan/testing/content';
import { programmeWeeks } from '../src/lib/recommendations';
import { url } from './support/builtPages';
import { expect, test } from './support/fixtures';

const dictionaries = { en: enPlan, de: dePlan } as const;
const prefix = { en: '', de: '/de' } as const;

interface Choice {
  start: string;
  time: string;
  /** The reminder option's value: '' for none. */
  reminder: string;
}

async function downloadCalendar(page: Page, choice: Choice): Promise<{ text: string; fileName: string }> {
  const calendar = page.locator('[data-plan-calendar]');
  await calendar.locator('summary').click();
  await calendar.locator('input[name="start"]').fill(choice.start);
  await calendar.locator('input[name="time"]').fill(choice.time);
  await calendar.locator('select[name="reminder"]').selectOption(choice.reminder);
  const [file] = await Promise.all([page.waitForEvent('download'), calendar.locator('button[type="submit"]').click()]);
  return {
    text: readFileSync((await file.path())!, 'utf8'),
    fileName: file.suggestedFilename(),
  };
}

async function openPlan(page: Page, locale: Locale, profile: Profile) {
  await page.goto(url(`${prefix[locale]}/plan/?${profileToSearch(profile)}`));
  await expect(page.locator('[data-plan-output]')).toHaveAttribute('data-rendered', 'client');
}

const cases: { locale: Locale; days: Weekday[]; choice: Choice }[] = [
  // A Wednesday start, so the programme's weeks run Wednesday to Tuesday.
  {
    locale: 'en',
    days: ['tue', 'thu', 'sat'],
    choice: { start: '2027-03-03', time: '07:30', reminder: '30' },
  },
  {
    locale: 'de',
    days: ['mon', 'wed', 'fri', 'sun'],
    choice: { start: '2027-01-04', time: '10:00', reminder: '' },
  },
];

for (const { locale, days, choice } of cases) {
  test(`${locale}: sessions only on ${days.join(', ')} for 12 weeks from ${choice.start}, in the page's language`, async ({ page }) => {
    const profile: Profile = { ...defaultProfile, days, week: 5 };
    await openPlan(page, locale, profile);
    const addressBefore = page.url();
    const { text, fileName } = await downloadCalendar(page, choice);
    expect(fileName).toBe(dictionaries[locale]['plan.calendar.file']);
    // Choosing calendar options changes nothing in the plan's address.
    expect(page.url()).toBe(addressBefore);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const end = addDays(choice.start, programmeWeeks * 7);
    const dates = events.map((event) => event.startDate.toString().slice(0, 10));
    expect(events.length).toBe(days.length * programmeWeeks);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    expect(dates[0]! >= choice.start).toBe(true);
    for (const date of dates) {
      expect(days, date).toContain(weekdayOf(date));
      expect(date >= choice.start && date < end, date).toBe(true);
    }
    // Exactly twelve programme weeks, each with every chosen day.
    for (let week = 0; week < programmeWeeks; week++) {
      const from = addDays(choice.start, week * 7);
      expect(dates.filter((date) => date >= from && date < addDays(from, 7)).length, `week ${week + 1}`).toBe(days.length);
    }

    const words = planWords(locale, dictionaries[locale]);
    const exercises = loadContentExercises(locale);
    for (const [i, event] of events.entries()) {
      const date = dates[i]!;
      expect(event.startDate.toString()).toBe(`${date}T${choice.time}:00`);
      const week = Math.floor((Date.parse(date) - Date.parse(choice.start)) / (7 * 86_400_000)) + 1;
      const plan = generatePlan({ ...profile, week }, exercises);
      const sessions = plan.days.find((day) => day.day === weekdayOf(date))!.sessions.flatMap((s) => (s.kind === 'daily' ? [] : [{ ...s, kind: s.kind }]));
      const kinds = words.say({
        list: sessions.map((s) => words.text(`plan.calendar.kind.${s.kind}` as const)),
      });
      expect(event.summary).toBe(words.text('plan.calendar.summary', { kinds }));
      expect(event.description).toContain(words.text('plan.heading', { week, weeks: programmeWeeks }));
      for (const item of sessions.flatMap((s) => s.exercises)) expect(event.description).toContain(`${item.title}: ${doseWords(item, words)}`);
      const alarm = event.component.getFirstSubcomponent('valarm');
      if (choice.reminder) expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe(`-PT${choice.reminder}M`);
      else expect(alarm).toBeNull();
    }
  });
}

test('the first day is next Monday and the time 10:00 unless the reader picks others', async ({ page }) => {
  await openPlan(page, 'en', defaultProfile);
  const calendar = page.locator('[data-plan-calendar]');
  await calendar.locator('summary').click();
  const { start, today } = await calendar.locator('input[name="start"]').evaluate((input: HTMLInputElement) => {
    const now = new Date();
    return {
      start: input.value,
      today: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
    };
  });
  expect(weekdayOf(start)).toBe('mon');
  expect(start > today && start <= addDays(today, 7)).toBe(true);
  await expect(calendar.locator('input[name="time"]')).toHaveValue('10:00');
  await expect(calendar.locator('select[name="reminder"]')).toHaveValue('');
});

test('the calendar form works from the keyboard, with labels and 44 px targets', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openPlan(page, 'de', defaultProfile);
  const calendar = page.locator('[data-plan-calendar]');
  await calendar.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(calendar).toHaveAttribute('open', '');
  for (const name of ['start', 'time', 'reminder']) await expect(calendar.getByLabel(dePlan[`plan.calendar.${name}` as 'plan.calendar.start'])).toBeVisible();
  const heights = await calendar.locator('summary, input, select, button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  expect(heights.length).toBe(5);
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
  await calendar.locator('select[name="reminder"]').focus();
  await page.keyboard.press('Tab');
  await expect(calendar.locator('button[type="submit"]')).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe(dePlan['plan.calendar.file']);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
