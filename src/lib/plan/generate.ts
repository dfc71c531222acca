/**
 * `generatePlan`: a profile and the exercise metadata in, one programme week out. Pure and
 * deterministic (no clock, no randomness, stable sorting), so a shared address shows the same plan.
 */
import { isStrongImpact } from '../impact';
import type { Category } from '../../schemas/vocabulary';
import { balanceRecommendation, boneRecommendation, strengthRecommendation } from '../recommendations';
import { activityItem, fillBalance, repsItem, secondsItem } from './dose';
import { messages } from './messages';
import { planNotes, planWarnings } from './notes';
import { normaliseProfile, weekdays, type Profile } from './profile';
import { effortFor } from './progression';
import { schedule } from './schedule';
import { exclusion, firstWeekFor, impactReasons, likedButExcluded, minBalanceExercises, pickBalance, pickBone, pickDaily, pickStrength } from './select';
import type { NotAllowed, Plan, PlanDay, PlanExercise, PlanFallback, PlanSession } from './types';

/**
 * Why `exercise`, which the reader likes, is not in the plan; only called for an excluded one.
 * A reader kept from jogging by their answers hears that reason first, whatever else applies.
 */
function notAllowed(exercise: PlanExercise, profile: Profile): NotAllowed {
  const [reason] = impactReasons(profile);
  if (isStrongImpact(exercise.impact) && reason) return { kind: 'impact', reason };
  const why = exclusion(exercise, profile);
  if (why === 'not-yet') return { kind: 'not-yet', fromWeek: firstWeekFor(exercise) };
  if (why === 'spine') return { kind: 'spine' };
  return { kind: 'unsuitable' };
}

export function generatePlan(input: Profile, exercises: readonly PlanExercise[]): Plan {
  const profile = normaliseProfile(input);
  const days = schedule(profile.days);
  const suitable = exercises.filter((e) => exclusion(e, profile) === undefined);
  const fallbacks: PlanFallback[] = [];
  const tooFew = (category: Category, found: number, wanted: number) => {
    if (found < wanted) fallbacks.push({ kind: 'too-few-exercises', category, found, wanted });
  };

  if (days.usedDefault) fallbacks.push({ kind: 'default-days', days: days.training });
  if (days.added.length > 0) fallbacks.push({ kind: 'added-days', days: days.added });
  const leftOut = exercises.filter((e) => exclusion(e, profile) === 'needs-support').map((e) => e.id);
  if (leftOut.length > 0) fallbacks.push({ kind: 'left-out-needs-support', exercises: leftOut });

  const strength = pickStrength(suitable, profile);
  tooFew('strength', strength.length, strengthRecommendation.exercisesPerSession.min);
  const strengthSession: PlanSession | undefined =
    strength.length > 0 ? { kind: 'strength', exercises: strength.map((e) => repsItem(e, profile, 'strength')) } : undefined;

  tooFew('balance', suitable.filter((e) => e.category === 'balance').length, minBalanceExercises);
  const balance = pickBalance(suitable, profile);
  const balanceSession: PlanSession | undefined =
    balance.length > 0
      ? { kind: 'balance', minutes: balanceRecommendation.totalMinutes, exercises: fillBalance(balance.map((e) => secondsItem(e, profile))) }
      : undefined;

  const daily = pickDaily(suitable);
  const dailySession: PlanSession | undefined = daily && {
    kind: 'daily',
    exercises: [secondsItem(daily, profile)],
    tip: daily.dailyLife ?? messages.dailyTip,
  };
  if (dailySession && days.daily.length > 0) fallbacks.push({ kind: 'daily-balance', days: days.daily });

  const excludedLikes = likedButExcluded(exercises, profile);
  const bone = pickBone(suitable, profile, excludedLikes);
  const boneSessions: PlanSession[] = [];
  const boneInPlan = bone.mode === 'activity' ? bone.activities : bone.exercises;
  for (const liked of excludedLikes)
    fallbacks.push({ kind: 'liked-replaced', exercise: liked.id, why: notAllowed(liked, profile), instead: boneInPlan.map((e) => e.id) });
  if (bone.mode === 'activity') {
    const [first] = bone.activities;
    if (first && bone.why === 'too-few-exercises') fallbacks.push({ kind: 'activity-instead', exercise: first.id });
    // Several liked activities take turns over the bone days.
    days.bone.forEach((_, i) => {
      const activity = bone.activities[i % bone.activities.length];
      if (!activity) return;
      const item = activityItem(activity, profile);
      boneSessions.push({ kind: 'bone', minutes: item.minutes, exercises: [item] });
    });
  } else {
    tooFew('bone', bone.exercises.length, boneRecommendation.exercisesPerSession.min);
    if (bone.exercises.length > 0) {
      const session: PlanSession = { kind: 'bone', exercises: bone.exercises.map((e) => repsItem(e, profile, 'bone')) };
      days.bone.forEach(() => boneSessions.push(session));
    }
  }

  const planDays = weekdays.map((day): PlanDay => {
    const sessions: PlanSession[] = [];
    // Balance first while the legs are fresh, then strength, then bone.
    if (balanceSession && days.balance.includes(day)) sessions.push(balanceSession);
    if (strengthSession && days.strength.includes(day)) sessions.push(strengthSession);
    const boneIndex = days.bone.indexOf(day);
    const boneSession = boneSessions[boneIndex];
    if (boneSession) sessions.push(boneSession);
    if (dailySession && days.daily.includes(day)) sessions.push(dailySession);
    // Copies, so that a reader of the plan who changes one day cannot change another.
    return { day, sessions: sessions.map((s) => ({ ...s, exercises: s.exercises.map((e) => ({ ...e })) })) };
  });

  const effort = effortFor(profile.week, profile.level);
  const facts = { profile, effort, schedule: days, days: planDays, fallbacks, exercises };
  return { week: profile.week, effort, days: planDays, notes: planNotes(facts), warnings: planWarnings(facts), fallbacks };
}
