/**
 * A fixed exercise list mirroring the planned content (ids, levels, equipment and flags), so the
 * generator's tests do not depend on content that is still being written. `content.test.ts`
 * runs the same rules over the real frontmatter.
 */
import type { Dose } from '../../../schemas/dose';
import type { PlanExercise } from '../types';

type Fixture = Pick<PlanExercise, 'id' | 'category' | 'level'> & Partial<PlanExercise>;

const strengthDose: Dose = { kind: 'reps', sets: [2, 3], reps: [8, 12], perSide: false };
const balanceDose: Dose = { kind: 'seconds', seconds: [30, 60], perSide: false };
const boneDose: Dose = { kind: 'reps', sets: [3, 5], reps: [10, 10], perSide: false };
const activityDose: Dose = { kind: 'minutes', minutes: [20, 30] };

/** Builds a complete exercise with harmless defaults: spine-safe, no equipment, no impact. */
export function exercise(fixture: Fixture): PlanExercise {
  const dose = { strength: strengthDose, balance: balanceDose, bone: boneDose }[fixture.category];
  return {
    title: fixture.id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    dose,
    equipment: [],
    support: false,
    impact: 'none',
    spineSafe: true,
    afterSpineFracture: true,
    minWeeksOfTraining: 0,
    moving: false,
    ...fixture,
  };
}

export const fixtureExercises: readonly PlanExercise[] = [
  // strength
  exercise({ id: 'back-press-wall', category: 'strength', level: 1, equipment: ['wall'], dose: { ...strengthDose, holdSeconds: [3, 5] } }),
  exercise({ id: 'sit-to-stand', category: 'strength', level: 2, equipment: ['chair'] }),
  exercise({ id: 'back-press-lying', category: 'strength', level: 3, equipment: ['mat'], dose: { ...strengthDose, holdSeconds: [3, 5] } }),
  exercise({ id: 'calf-raises', category: 'strength', level: 4, equipment: ['chair'], support: true }),
  exercise({ id: 'wall-push-ups', category: 'strength', level: 5, equipment: ['wall'] }),
  exercise({ id: 'squats', category: 'strength', level: 6 }),
  exercise({ id: 'back-tense-front', category: 'strength', level: 7, equipment: ['mat'], dose: { ...strengthDose, holdSeconds: [3, 5] } }),
  exercise({ id: 'band-rows', category: 'strength', level: 8, equipment: ['band'] }),
  exercise({ id: 'back-extensions', category: 'strength', level: 9, equipment: ['mat'] }),
  exercise({ id: 'lunges', category: 'strength', level: 10, equipment: ['chair'], support: true, afterSpineFracture: false, dose: { ...strengthDose, perSide: true } }),
  // balance
  exercise({ id: 'one-leg-stand', category: 'balance', level: 1, equipment: ['chair'], support: true, dose: { ...balanceDose, perSide: true }, dailyLife: 'Stand on one leg while you brush your teeth.' }),
  exercise({ id: 'rocking', category: 'balance', level: 2, equipment: ['chair'], support: true }),
  exercise({ id: 'tightrope-walk', category: 'balance', level: 3, equipment: ['wall'], support: true, moving: true }),
  exercise({ id: 'walking-backwards-sideways', category: 'balance', level: 4, equipment: ['wall'], support: true, moving: true }),
  exercise({ id: 'walking-on-toes', category: 'balance', level: 5, equipment: ['wall'], support: true, moving: true }),
  exercise({ id: 'tai-chi', category: 'balance', level: 6, moving: true, activity: 'tai-chi' }),
  // bone
  exercise({ id: 'brisk-walking', category: 'bone', level: 1, impact: 'low', activity: 'walking', dose: activityDose }),
  exercise({ id: 'stairs', category: 'bone', level: 2, equipment: ['stairs'], support: true, impact: 'low' }),
  exercise({ id: 'step-ups', category: 'bone', level: 3, equipment: ['step-board'], support: true, impact: 'low', dose: { ...boneDose, perSide: true } }),
  exercise({ id: 'hiking', category: 'bone', level: 4, impact: 'low', activity: 'hiking', afterSpineFracture: false, dose: activityDose }),
  exercise({ id: 'jogging', category: 'bone', level: 5, impact: 'moderate', minWeeksOfTraining: 6, activity: 'jogging', afterSpineFracture: false, dose: activityDose }),
  exercise({ id: 'step-jumps', category: 'bone', level: 6, equipment: ['step-board'], impact: 'moderate', minWeeksOfTraining: 6, afterSpineFracture: false }),
  exercise({ id: 'jumps-and-hops', category: 'bone', level: 7, impact: 'moderate', minWeeksOfTraining: 6, afterSpineFracture: false }),
  // High, one step above the content's moderate skipping, so the rules meet both upper steps of the ladder.
  exercise({ id: 'skipping', category: 'bone', level: 8, impact: 'high', minWeeksOfTraining: 6, afterSpineFracture: false }),
];

/** One fixture by id (throws on a typo, so tests fail loudly). */
export function fixture(id: string): PlanExercise {
  const found = fixtureExercises.find((e) => e.id === id);
  if (!found) throw new Error(`No fixture exercise "${id}".`);
  return found;
}
