/**
 * The notes and warnings that go with a plan: the fixed ones, one for every fallback, and the
 * ones the reader's answers call for, as messages (`messages.ts`) that the page words in its language.
 */
import { balanceRecommendation } from '../recommendations';
import { messages, type Message } from './messages';
import type { Profile } from './profile';
import type { Effort } from './progression';
import { hasNeighbours, type Schedule } from './schedule';
import { isStrongImpact } from '../impact';
import { exclusion, firstWeekFor, impactReasons } from './select';
import type { PlanDay, PlanExercise, PlanFallback, PlanWarning } from './types';

/** What the notes are drawn from: the reader's answers and the plan as built. */
export interface PlanFacts {
  profile: Profile;
  effort: Effort;
  schedule: Schedule;
  days: readonly PlanDay[];
  fallbacks: readonly PlanFallback[];
  exercises: readonly PlanExercise[];
}

/** Notes for the reader, "example, not a prescription" first. */
export function planNotes({ profile, effort, schedule, days, fallbacks, exercises }: PlanFacts): Message[] {
  const planned = new Set(days.flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => e.id))));
  const inPlan = exercises.filter((e) => planned.has(e.id));
  const anyHoldOn = days.some((d) => d.sessions.some((s) => s.exercises.some((e) => e.holdOn)));
  const notes: Message[] = [messages.notes.example, messages.notes.pain, messages.notes.effort(effort)];
  const titleOf = (id: string) => exercises.find((e) => e.id === id)?.title;
  const replaced = new Set(fallbacks.flatMap((f) => (f.kind === 'liked-replaced' ? [f.exercise] : [])));

  for (const fallback of fallbacks) {
    if (fallback.kind === 'default-days') notes.push(messages.notes.defaultDays(fallback.days));
    if (fallback.kind === 'added-days') notes.push(messages.notes.addedDays(fallback.days));
    if (fallback.kind === 'daily-balance')
      notes.push(messages.notes.dailyBalance(fallback.days, balanceRecommendation.daysPerWeek.min));
    if (fallback.kind === 'activity-instead') {
      const title = titleOf(fallback.exercise);
      if (title) notes.push(messages.notes.activityInstead(title));
    }
    if (fallback.kind === 'liked-replaced') {
      const activity = exercises.find((e) => e.id === fallback.exercise)?.activity;
      const instead = fallback.instead.map(titleOf).filter((title) => title !== undefined);
      if (activity) notes.push(messages.notes.likedReplaced(activity, fallback.why, instead));
    }
  }
  if (hasNeighbours(schedule.strength)) notes.push(messages.notes.consecutiveStrength);
  if (profile.falls) notes.push(messages.notes.holdOnFalls);
  else if (anyHoldOn) notes.push(messages.notes.holdOnStart);
  if (inPlan.some((e) => e.equipment.includes('mat'))) notes.push(messages.notes.mat);

  for (const activity of profile.likes) {
    if (activity === 'dancing') {
      notes.push(messages.notes.dancing);
      continue;
    }
    const matching = exercises.filter((e) => e.activity === activity);
    if (matching.length === 0 || matching.some((e) => replaced.has(e.id))) continue;
    const chosen = matching.find((e) => planned.has(e.id));
    if (chosen) {
      if (chosen.category === 'balance') notes.push(messages.notes.likedInBalance(activity));
      continue;
    }
    const suitable = matching.find((e) => exclusion(e, profile) === undefined);
    if (suitable?.category === 'bone') notes.push(messages.notes.otherLiked(activity));
    else if (suitable || matching.some((e) => exclusion(e, profile) === 'not-yet')) notes.push(messages.notes.likedLater(activity));
    else notes.push(messages.notes.likedNotSuitable(activity));
  }

  // Jogging, a liked activity, has its own note above; these are the jumps, hops and skipping.
  const jumps = exercises.filter((e) => isStrongImpact(e.impact) && e.activity === undefined);
  const [reason] = impactReasons(profile);
  if (inPlan.some((e) => jumps.includes(e))) notes.push(messages.notes.jumping);
  else if (jumps.length > 0 && reason) notes.push(messages.notes.noJumping(reason));
  else {
    const later = jumps.filter((e) => exclusion(e, profile) === 'not-yet');
    if (later.length > 0)
      notes.push(messages.notes.jumpingLater(Math.min(...later.map(firstWeekFor))));
  }

  return notes;
}

/** Warnings, the advice to agree the plan with a professional first. */
export function planWarnings({ profile, fallbacks }: Pick<PlanFacts, 'profile' | 'fallbacks'>): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (profile.spine || profile.fractures || profile.other)
    warnings.push({ kind: 'consult-professional', message: messages.warnings.consult(profile.spine, profile.fractures, profile.other) });
  for (const fallback of fallbacks) {
    if (fallback.kind === 'left-out-needs-support')
      warnings.push({ kind: 'no-support-at-hand', message: messages.warnings.noSupport(fallback.exercises.length) });
    if (fallback.kind === 'too-few-exercises')
      warnings.push({ kind: 'too-few-exercises', message: messages.warnings.tooFew(fallback.category, fallback.found, fallback.wanted) });
  }
  return warnings;
}
