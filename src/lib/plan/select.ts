/**
 * Which exercises suit a profile, and which of them each kind of session uses. Everything about
 * an exercise comes from its metadata; nothing here names an exercise.
 */
import { isStrongImpact } from '../impact';
import type { Equipment } from '../../schemas/vocabulary';
import { boneRecommendation, firstWeekForStrongImpact, strengthRecommendation } from '../recommendations';
import type { Profile, ProfileEquipment } from './profile';
import { movingBalanceAllowed } from './progression';
import type { ImpactReason, PlanExercise } from './types';

/**
 * Assumed at hand in every home: lying exercises need only a mat, a thick towel or a carpet
 * (the plan says so in a note whenever it uses one).
 */
export const alwaysAtHand: readonly Equipment[] = ['mat'];

/** What a reader at increased fall risk can hold on to. */
const holds: readonly ProfileEquipment[] = ['chair', 'rail', 'wall'];

/** Why an exercise is left out. */
export type Exclusion =
  /** Bends forward or twists the spine. */
  | 'not-spine-safe'
  /** Not suitable once vertebrae are affected. */
  | 'spine'
  /** Needs equipment the reader does not have. */
  | 'equipment'
  /** Needs something to hold, the reader is at increased fall risk and has nothing to hold. */
  | 'needs-support'
  /** Moderate or high impact (jogging, jumping, hopping, skipping), which this reader should not do at all. */
  | 'impact'
  /** Needs more weeks of training first. */
  | 'not-yet';

export const hasSomethingToHold = (profile: Profile): boolean => profile.equipment.some((e) => holds.includes(e));

/**
 * Why moderate and high impacts (jogging, jumping, hopping, skipping) never suit this reader, in
 * any week, most important first; empty when they may come after muscle building. IQWiG: build
 * muscle first and take care where falls are likely, and adjust the plan with other conditions;
 * UK consensus: no more than brisk walking after a vertebral or several low-trauma fractures.
 */
export function impactReasons(profile: Profile): ImpactReason[] {
  const reasons: [ImpactReason, boolean][] = [
    ['spine', profile.spine],
    ['fractures', profile.fractures],
    ['falls', profile.falls],
    ['other', profile.other],
    ['new', profile.level === 'new'],
  ];
  return reasons.filter(([, applies]) => applies).map(([reason]) => reason);
}

/**
 * The first programme week an exercise may be done in: after its weeks of muscle building
 * (n weeks needed makes week n + 1), and never before the first week for moderate or high impact.
 */
export const firstWeekFor = (exercise: PlanExercise): number =>
  Math.max(exercise.minWeeksOfTraining + 1, isStrongImpact(exercise.impact) ? firstWeekForStrongImpact : 1);

/** Why `exercise` does not suit `profile` in its programme week, or `undefined` when it does. */
export function exclusion(exercise: PlanExercise, profile: Profile): Exclusion | undefined {
  if (!exercise.spineSafe) return 'not-spine-safe';
  if (profile.spine && !exercise.afterSpineFracture) return 'spine';
  const atHand = new Set<Equipment>([...profile.equipment, ...alwaysAtHand]);
  if (!exercise.equipment.every((e) => atHand.has(e))) return 'equipment';
  if (exercise.support && profile.falls && !hasSomethingToHold(profile)) return 'needs-support';
  if (isStrongImpact(exercise.impact) && impactReasons(profile).length > 0) return 'impact';
  if (profile.week < firstWeekFor(exercise)) return 'not-yet';
  return undefined;
}

const byLevel = (a: PlanExercise, b: PlanExercise) => a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Takes `count` exercises: the easiest for new starters, the hardest for active readers; returned easiest first. */
function takeForLevel(sorted: PlanExercise[], count: number, profile: Profile): PlanExercise[] {
  return profile.level === 'active' ? sorted.slice(-count) : sorted.slice(0, count);
}

/** The exercises of one strength session: 6 for new starters, 8 for active readers. */
export function pickStrength(suitable: readonly PlanExercise[], profile: Profile): PlanExercise[] {
  const { min, max } = strengthRecommendation.exercisesPerSession;
  const count = { new: min, some: Math.round((min + max) / 2), active: max }[profile.level];
  return takeForLevel(suitable.filter((e) => e.category === 'strength').sort(byLevel), count, profile);
}

/**
 * Fewest balance exercises for a varied session (still ones, then moving ones). The source gives
 * no count; with fewer the plan repeats one exercise for 15 minutes and warns.
 */
export const minBalanceExercises = 2;

/**
 * The exercises of one balance session: still ones first, then the moving ones unlocked this week,
 * a liked activity (tai chi) first among them. When nothing still suits, the easiest moving one
 * stands in, so that the reader still has a balance session.
 */
export function pickBalance(suitable: readonly PlanExercise[], profile: Profile): PlanExercise[] {
  const balance = suitable.filter((e) => e.category === 'balance').sort(byLevel);
  const still = balance.filter((e) => !e.moving);
  const liked = (e: PlanExercise) => (e.activity !== undefined && profile.likes.includes(e.activity) ? 0 : 1);
  const moving = balance.filter((e) => e.moving).sort((a, b) => liked(a) - liked(b) || byLevel(a, b));
  const picked = [...still, ...moving.slice(0, movingBalanceAllowed(profile.week, profile.level))];
  return picked.length > 0 ? picked : moving.slice(0, 1);
}

/** The one balance exercise for everyday life: the easiest still one, else the easiest of any. */
export function pickDaily(suitable: readonly PlanExercise[]): PlanExercise | undefined {
  const balance = suitable.filter((e) => e.category === 'balance').sort(byLevel);
  return balance.find((e) => !e.moving) ?? balance[0];
}

/** How bone sessions are filled. */
export type BonePick =
  /**
   * One longer activity per session, taking turns when there are several: ones the reader
   * likes, the easiest suitable one in place of a liked one that is not allowed, or the easiest
   * one because too few bone exercises suit.
   */
  | { mode: 'activity'; activities: PlanExercise[]; why: 'liked' | 'replaces-liked' | 'too-few-exercises' }
  /** Two or three bone exercises per session (fewer only when fewer suit). */
  | { mode: 'exercises'; exercises: PlanExercise[] };

/** The longer bone activities the reader likes but may not do (this week or at all), easiest first. */
export function likedButExcluded(exercises: readonly PlanExercise[], profile: Profile): PlanExercise[] {
  return exercises
    .filter((e) => e.category === 'bone' && e.activity !== undefined && profile.likes.includes(e.activity))
    .filter((e) => exclusion(e, profile) !== undefined)
    .sort(byLevel);
}

/**
 * Bone sessions: a liked activity when one suits (enjoyment keeps people going); a liked one
 * that is not allowed gives way to the easiest suitable activity, so the reader still gets a
 * longer activity; else 2–3 bone exercises, else the easiest suitable activity, else whatever
 * bone exercises suit.
 */
export function pickBone(suitable: readonly PlanExercise[], profile: Profile, likedExcluded: readonly PlanExercise[]): BonePick {
  const perSession = boneRecommendation.exercisesPerSession;
  const bone = suitable.filter((e) => e.category === 'bone').sort(byLevel);
  const activities = bone.filter((e) => e.activity !== undefined);
  const liked = activities.filter((e) => e.activity !== undefined && profile.likes.includes(e.activity));
  if (liked.length > 0) return { mode: 'activity', activities: liked, why: 'liked' };
  const [easiest] = activities;
  if (easiest && likedExcluded.length > 0) return { mode: 'activity', activities: [easiest], why: 'replaces-liked' };
  const exercises = bone.filter((e) => e.activity === undefined);
  const count = profile.level === 'new' ? perSession.min : perSession.max;
  if (exercises.length >= perSession.min) return { mode: 'exercises', exercises: takeForLevel(exercises, count, profile) };
  if (easiest) return { mode: 'activity', activities: [easiest], why: 'too-few-exercises' };
  return { mode: 'exercises', exercises };
}
