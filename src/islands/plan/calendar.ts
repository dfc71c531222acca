/**
 * The plan as calendar events: one for each training day of the 12 programme weeks from the
 * day the reader picks, each naming that day's sessions and, with the plan's dose words, that
 * week's exercises. Made on the reader's device; nothing leaves it.
 */
import { addDays, weekdayOf } from '../../lib/calendar/dates';
import { writeCalendar, type CalendarEvent } from '../../lib/calendar/ics';
import { generatePlan, profileToSearch, type PlanExercise, type PlanSession, type Profile } from '../../lib/plan';
import { programmeWeeks } from '../../lib/recommendations';
import type { PlanWords } from './strings';
import { doseWords } from './view';

export interface CalendarChoice {
  /** The first day of programme week 1, `YYYY-MM-DD`. */
  start: string;
  /** `HH:MM` on the reader's clock. */
  time: string;
  alarmMinutes?: number;
}

export interface CalendarContext {
  stamp: Date;
  /** The plan's full address for a programme week, for the event's link. */
  planUrl: (profile: Profile) => string;
}

/** FNV-1a: a short, stable name for a profile, so a UID says nothing readable about the answers. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

type TrainingSession = PlanSession & { kind: 'balance' | 'strength' | 'bone' };
const isTraining = (session: PlanSession): session is TrainingSession => session.kind !== 'daily';

function describe(sessions: readonly TrainingSession[], week: number, words: PlanWords, url: string): string {
  const lines = [words.text('plan.heading', { week, weeks: programmeWeeks })];
  for (const session of sessions) {
    lines.push('', words.text(`plan.column.${session.kind}`));
    if (session.kind === 'balance' && session.minutes !== undefined) lines.push(words.text('plan.session.minutes', { minutes: session.minutes }));
    for (const item of session.exercises) lines.push(`– ${item.title}: ${doseWords(item, words)}${item.holdOn ? ` (${words.text('plan.short.holdOn')})` : ''}`);
  }
  lines.push('', words.text('plan.calendar.link', { url }));
  return lines.join('\n');
}

export function planEvents(
  profile: Profile,
  exercises: readonly PlanExercise[],
  words: PlanWords,
  choice: CalendarChoice,
  context: CalendarContext,
): CalendarEvent[] {
  // The week in the address does not change the calendar, which holds all twelve.
  const id = hash(profileToSearch({ ...profile, week: 1 }));
  const events: CalendarEvent[] = [];
  for (let week = 1; week <= programmeWeeks; week++) {
    const weekProfile = { ...profile, week };
    const plan = generatePlan(weekProfile, exercises);
    const url = context.planUrl(weekProfile);
    for (let offset = 0; offset < 7; offset++) {
      const date = addDays(choice.start, (week - 1) * 7 + offset);
      const sessions = plan.days.find((day) => day.day === weekdayOf(date))?.sessions.filter(isTraining) ?? [];
      if (sessions.length === 0) continue;
      events.push({
        uid: `${id}-${date.replace(/-/g, '')}@osteomove`,
        start: { date, time: choice.time },
        summary: words.text('plan.calendar.summary', {
          kinds: words.say({
            list: sessions.map((s) => words.text(`plan.calendar.kind.${s.kind}`)),
          }),
        }),
        description: describe(sessions, week, words, url),
        url,
        ...(choice.alarmMinutes === undefined ? {} : { alarmMinutes: choice.alarmMinutes }),
      });
    }
  }
  return events;
}

/** The .ics file's text. */
export function planCalendar(profile: Profile, exercises: readonly PlanExercise[], words: PlanWords, choice: CalendarChoice, context: CalendarContext): string {
  return writeCalendar({
    product: '-//OsteoMove//Exercise plan//EN',
    name: words.text('plan.calendar.name'),
    events: planEvents(profile, exercises, words, choice, context),
    stamp: context.stamp,
  });
}
