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

/**
 * A longer weight-bearing activity (brisk walking, hiking, jogging) in place of the bone
 * exercises. IQWiG allows the swap but gives no length, so the minutes come from two named
 * figures: the UK consensus' example of about 20 minutes of brisk walking a day (Strong, Steady
 * and Straight 2022) as the start, rising to 30 minutes, the WHO's 150 minutes a week of
 * moderate activity for older adults (2020) spread over 5 days.
 */
export const activityRecommendation = {
  minutesPerSession: { min: 20, max: 30 },
  /** The WHO's weekly minutes of moderate activity for adults over 65. */
  weeklyMinutes: { min: 150, max: 300 },
  /** Days the WHO's weekly minimum is spread over to give the top of `minutesPerSession`. */
  spreadOverDays: 5,
  sources: ['strong-steady-straight-2022', 'who-2020'],
} as const;

/**
 * The earliest programme week for moderate and high impacts (jogging, jumping, hopping,
 * skipping): IQWiG asks for several weeks of muscle building first; six weeks is our reading of "several".
 */
export const firstWeekForStrongImpact = 7;

/** Length of the example programme in weeks. */
export const programmeWeeks = 12;
