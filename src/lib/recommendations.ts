/**
 * The published weekly recommendations, one object per kind of training. The category pages
 * print them and the plan generator obeys them, so both always say the same thing.
 * Figures: IQWiG, "Exercise and sports for people with osteoporosis" (2023), table
 * "What exactly might a training course involve?".
 */
import type { Category } from '../schemas/vocabulary';

export interface Recommendation {
  category: Category;
  /** Days a week: at least `min`; `max` where the source gives an upper bound. */
  daysPerWeek: { min: number; max?: number };
  /** Exercises in one session. */
  exercisesPerSession?: { min: number; max: number };
  /** Sets per exercise. */
  sets?: { min: number; max: number };
  /** Repetitions per set. */
  reps?: { min: number; max: number };
  /** Seconds per exercise. */
  secondsPerExercise?: { min: number; max: number };
  /** Total minutes of the session. */
  totalMinutes?: number;
  /** Id in `content/sources.json`. */
  source: string;
}

export const strengthRecommendation = {
  category: 'strength',
  daysPerWeek: { min: 2 },
  exercisesPerSession: { min: 6, max: 8 },
  sets: { min: 2, max: 3 },
  reps: { min: 8, max: 12 },
  source: 'iqwig-2023',
} as const satisfies Recommendation;

export const balanceRecommendation = {
  category: 'balance',
  daysPerWeek: { min: 4, max: 7 },
  secondsPerExercise: { min: 30, max: 60 },
  totalMinutes: 15,
  source: 'iqwig-2023',
} as const satisfies Recommendation;

export const boneRecommendation = {
  category: 'bone',
  daysPerWeek: { min: 2 },
  exercisesPerSession: { min: 2, max: 3 },
  sets: { min: 3, max: 5 },
  reps: { min: 10, max: 10 },
  source: 'iqwig-2023',
} as const satisfies Recommendation;

export const recommendations = {
  strength: strengthRecommendation,
  balance: balanceRecommendation,
  bone: boneRecommendation,
} as const satisfies Record<Category, Recommendation>;

/** The earliest programme week for jumping, hopping and skipping: after several weeks of muscle building. */
export const firstWeekForHighImpact = 7;

/** Length of the example programme in weeks. */
export const programmeWeeks = 12;
