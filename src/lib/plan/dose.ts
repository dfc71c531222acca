/**
 * This week's dose of one exercise. The exercise's own range (from its frontmatter) is kept
 * inside the published range for its kind of session, and the week picks a point in it.
 */
import type { Range } from '../../schemas/dose';
import { activityRecommendation, balanceRecommendation, boneRecommendation, strengthRecommendation } from '../recommendations';
import type { Profile } from './profile';
import { holdsOn, progress, step } from './progression';
import { firstWeekFor } from './select';
import type { PlanExercise, PlanItem } from './types';

interface Span {
  min: number;
  max: number;
}

/**
 * The part of the exercise's own range that lies inside the published one. An exercise without
 * a range of this kind, or one wholly outside, gets the published range: the advice wins.
 */
export function within(own: Range | undefined, published: Span): Span {
  if (own === undefined) return published;
  const min = Math.max(own[0], published.min);
  const max = Math.min(own[1], published.max);
  return min <= max ? { min, max } : published;
}

const span = ([min, max]: Range): Span => ({ min, max });

/** This week's point in the build-up for this exercise, counted from the week it joins the plan. */
const buildUp = (exercise: PlanExercise, profile: Profile) => progress(profile.week, profile.level, firstWeekFor(exercise));

const base = (exercise: PlanExercise, profile: Profile): PlanItem => ({
  id: exercise.id,
  title: exercise.title,
  holdOn: holdsOn(exercise.support, profile.falls, profile.week, profile.level),
});

/** Sets × repetitions for a strength or bone exercise. */
export function repsItem(exercise: PlanExercise, profile: Profile, kind: 'strength' | 'bone'): PlanItem {
  const published = kind === 'strength' ? strengthRecommendation : boneRecommendation;
  const t = buildUp(exercise, profile);
  const dose = exercise.dose.kind === 'reps' ? exercise.dose : undefined;
  return {
    ...base(exercise, profile),
    sets: step(within(dose?.sets, published.sets), t),
    reps: step(within(dose?.reps, published.reps), t),
    ...(dose?.holdSeconds ? { holdSeconds: step(span(dose.holdSeconds), t) } : {}),
    ...(dose?.perSide ? { perSide: true as const } : {}),
  };
}

/** Seconds per round for a balance exercise (the session fills up the rounds, see `fillBalance`). */
export function secondsItem(exercise: PlanExercise, profile: Profile): PlanItem {
  const t = buildUp(exercise, profile);
  const dose = exercise.dose.kind === 'seconds' ? exercise.dose : undefined;
  return {
    ...base(exercise, profile),
    seconds: step(within(dose?.seconds, balanceRecommendation.secondsPerExercise), t),
    ...(dose?.perSide ? { perSide: true as const } : {}),
  };
}

/** A longer activity: minutes inside the published range, rising from its low end. */
export function activityItem(exercise: PlanExercise, profile: Profile): PlanItem & { minutes: number } {
  const own = exercise.dose.kind === 'minutes' ? exercise.dose.minutes : undefined;
  return {
    ...base(exercise, profile),
    minutes: step(within(own, activityRecommendation.minutesPerSession), buildUp(exercise, profile)),
  };
}

/** Seconds one round of a balance item takes (both sides when per side). */
export const roundSeconds = (item: PlanItem): number => (item.seconds ?? 0) * (item.perSide ? 2 : 1);

/**
 * Repeats balance items in turn until the session is as close to the recommended total as whole
 * rounds allow without going over: short by less than one round. Still exercises come first, so
 * they get the first extra rounds; items that do not fit even once are left out from the end.
 */
export function fillBalance(items: readonly PlanItem[]): PlanItem[] {
  const total = balanceRecommendation.totalMinutes * 60;
  const fitting: PlanItem[] = [];
  let used = 0;
  for (const item of items) {
    if (used + roundSeconds(item) > total) break;
    fitting.push(item);
    used += roundSeconds(item);
  }
  const sets = fitting.map(() => 1);
  for (let added = true; added; ) {
    added = false;
    fitting.forEach((item, i) => {
      const round = roundSeconds(item);
      if (round > 0 && used + round <= total) {
        sets[i] = (sets[i] ?? 1) + 1;
        used += round;
        added = true;
      }
    });
  }
  return fitting.map((item, i) => ({ ...item, sets: sets[i] ?? 1 }));
}
