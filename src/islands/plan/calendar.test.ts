import ICAL from 'ical.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dePlan } from '../../i18n/de-plan';
import { enPlan } from '../../i18n/en-plan';
import { addDays, weekdayOf } from '../../lib/calendar/dates';
import { defaultProfile, generatePlan, profileToSearch, type PlanExercise } from '../../lib/plan';
import { profileArbitrary } from '../../lib/plan/testing/arbitraries';
import { loadContentExercises } from '../../lib/plan/testing/content';
import { programmeWeeks } from '../../lib/recommendations';
import { planCalendar, planEvents, type CalendarContext } from './calendar';
import { planWords } from './strings';
import { doseWords } from './view';

const words = { en: planWords('en', enPlan), de: planWords('de', dePlan) };
let exercises: PlanExercise[] = [];
beforeAll(() => {
  exercises = loadContentExercises('en');
});
const context = (stamp = new Date(Date.UTC(2026, 11, 2))): CalendarContext => ({
  stamp,
  planUrl: (profile) => `https://osteomove.example/plan/?${profileToSearch(profile)}`,
});
const choice = { start: '2027-03-03', time: '18:15' };

describe('planEvents', () => {
  it('puts an event on each training day of the twelve weeks from the first day, with that week’s sessions and doses', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const events = planEvents(profile, exercises, words.en, choice, context());
        const plans = Array.from({ length: programmeWeeks }, (_, i) => generatePlan({ ...profile, week: i + 1 }, exercises));
        const training = (week: number) => plans[week - 1]!.days.filter((day) => day.sessions.some((s) => s.kind !== 'daily'));
        expect(events.length).toBe(plans.reduce((sum, plan) => sum + training(plan.week).length, 0));
        for (const event of events) {
          const { date } = event.start;
          const week = Math.floor((Date.parse(date) - Date.parse(choice.start)) / (7 * 86_400_000)) + 1;
          expect(week >= 1 && week <= programmeWeeks).toBe(true);
          const day = training(week).find((d) => d.day === weekdayOf(date));
          expect(day, date).toBeDefined();
          expect(event.start.time).toBe(choice.time);
          for (const item of day!.sessions.filter((s) => s.kind !== 'daily').flatMap((s) => s.exercises))
            expect(event.description).toContain(`${item.title}: ${doseWords(item, words.en)}`);
          expect(event.url).toBe(context().planUrl({ ...profile, week }));
        }
        expect(events.map((e) => e.start.date)).toEqual([...events.map((e) => e.start.date)].sort());
      }),
      { numRuns: 40 },
    );
  });

  it('keeps UIDs per profile and date, whatever the week in the address or the time of download', () => {
    const once = planEvents(defaultProfile, exercises, words.en, choice, context()).map((e) => e.uid);
    const again = planEvents({ ...defaultProfile, week: 9 }, exercises, words.en, choice, context(new Date())).map((e) => e.uid);
    expect(again).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
    const other = planEvents({ ...defaultProfile, falls: true }, exercises, words.en, choice, context()).map((e) => e.uid);
    expect(other.some((uid) => once.includes(uid))).toBe(false);
  });

  it('names the sessions in the page’s language', () => {
    const german = planEvents(defaultProfile, loadContentExercises('de'), words.de, { ...choice, start: '2027-01-04' }, context());
    const monday = german.find((event) => event.start.date === '2027-01-04')!;
    expect(monday.summary).toMatch(/^Training: /);
    expect(monday.description).toContain('Ihr Plan für Woche 1 von 12');
    expect(german.every((event) => event.start.date < addDays('2027-01-04', 84))).toBe(true);
  });
});

describe('planCalendar', () => {
  it('writes a file a real parser reads, with the reminder when chosen and none without', () => {
    for (const alarmMinutes of [undefined, 30]) {
      const text = planCalendar(defaultProfile, exercises, words.en, { ...choice, ...(alarmMinutes ? { alarmMinutes } : {}) }, context());
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(enPlan['plan.calendar.name']);
      const events = calendar.getAllSubcomponents('vevent');
      expect(events.length).toBe(planEvents(defaultProfile, exercises, words.en, choice, context()).length);
      for (const event of events) expect(event.getFirstSubcomponent('valarm') === null).toBe(alarmMinutes === undefined);
    }
  });
});
