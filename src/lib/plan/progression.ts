/**
 * How the programme builds up over the weeks. The source says to raise sets, repetitions and
 * intensity over several weeks and to start balance exercises standing still, holding on; these
 * are the only tuning numbers of the generator, and all rise with the week, never fall.
 */
import { programmeWeeks } from '../recommendations';
import type { StartingLevel } from './profile';

/** How hard the exercises should feel: learn the movement, then work, then real effort. */
export const efforts = ['gentle', 'moderate', 'challenging'] as const;
export type Effort = (typeof efforts)[number];

/** The week each level reaches the top of every dose range: beginners build up over the whole programme. */
const fullDoseWeek: Record<StartingLevel, number> = {
  new: programmeWeeks,
  some: programmeWeeks - 2,
  active: programmeWeeks - 4,
};

/** The first week of `moderate` and of `challenging` effort. */
const effortFrom: Record<StartingLevel, { moderate: number; challenging: number }> = {
  new: { moderate: 5, challenging: 9 },
  some: { moderate: 3, challenging: 7 },
  active: { moderate: 3, challenging: 5 },
};

/**
 * Weeks in which support exercises start out held on to, for readers without increased fall
 * risk (with it, they always hold on: the plan cannot know when an exercise is mastered).
 */
const holdOnWeeks: Record<StartingLevel, number> = { new: 4, some: 2, active: 1 };

/**
 * How far through the build-up a week is: 0 in the exercise's first week (`from`, week 1 for
 * most), 1 from the level's full-dose week on. An exercise that joins later (jumping) starts at
 * the low end too, and builds up by the last week at the latest.
 */
export function progress(week: number, level: StartingLevel, from = 1): number {
  const full = Math.min(programmeWeeks, from + fullDoseWeek[level] - 1);
  if (full <= from) return 0;
  return Math.min(1, Math.max(0, (week - from) / (full - from)));
}

/** The value `progress` of the way from `min` to `max`, as a whole number. */
export function step(range: { min: number; max: number }, t: number): number {
  return range.min + Math.round((range.max - range.min) * t);
}

export function effortFor(week: number, level: StartingLevel): Effort {
  const from = effortFrom[level];
  return week >= from.challenging ? 'challenging' : week >= from.moderate ? 'moderate' : 'gentle';
}

export function holdsOn(support: boolean, falls: boolean, week: number, level: StartingLevel): boolean {
  return support && (falls || week <= holdOnWeeks[level]);
}

/**
 * How many moving balance exercises may join the still ones ("start with standing on one leg,
 * then progress to exercises with movement"): beginners stand still for two weeks, then add one
 * every two weeks; readers with some activity start with one; active readers take all.
 */
export function movingBalanceAllowed(week: number, level: StartingLevel): number {
  if (level === 'active') return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor((week + (level === 'new' ? -1 : 1)) / 2));
}
