/**
 * The generator's input (`PlanExercise`) and output (`Plan`). Both are plain, serialisable
 * objects: the island fetches the exercises as JSON (`/plan/exercises.json`), and a plan can be compared with
 * `toEqual` in tests.
 */
import type { ExerciseFrontmatter, ExerciseWords } from '../../schemas/exercise';
import type { Category } from '../../schemas/vocabulary';
import type { Message } from './messages';
import type { Effort } from './progression';
import type { Weekday } from './profile';

/**
 * What the generator needs of one exercise: its id (file name), these facts and, in the page's
 * language, its title and everyday tip.
 */
export type PlanExercise = { id: string } & Pick<ExerciseWords, 'title' | 'dailyLife'> &
  Pick<
    ExerciseFrontmatter,
    'category' | 'level' | 'dose' | 'equipment' | 'support' | 'impact' | 'spineSafe' | 'afterSpineFracture' | 'minWeeksOfTraining' | 'activity' | 'moving'
  >;

/**
 * Picks the generator's fields from a collection entry (extra fields would bloat the island's
 * JSON, which is part of the page's first round trip). The everyday tip only of balance
 * exercises: only they make daily-life sessions (`pickDaily`).
 */
export function toPlanExercise(id: string, data: Omit<PlanExercise, 'id'>): PlanExercise {
  const { title, category, level, dose, equipment, support, impact, spineSafe, afterSpineFracture } = data;
  const { minWeeksOfTraining, activity, moving, dailyLife } = data;
  return {
    id,
    title,
    category,
    level,
    dose,
    equipment,
    support,
    impact,
    spineSafe,
    afterSpineFracture,
    minWeeksOfTraining,
    ...(activity === undefined ? {} : { activity }),
    moving,
    ...(dailyLife === undefined || category !== 'balance' ? {} : { dailyLife }),
  };
}

/** One exercise in a session with this week's dose. Only the fields that apply are present. */
export interface PlanItem {
  /** Exercise id: the page address is `/exercises/<id>/`. */
  id: string;
  title: string;
  /** Sets (strength, bone) or rounds (balance: how often to repeat it in the session). */
  sets?: number;
  /** Repetitions per set. */
  reps?: number;
  /** Seconds per round (balance). */
  seconds?: number;
  /** Minutes of a longer activity (walking, hiking ...). */
  minutes?: number;
  /** Present and true when reps or seconds count for each side (each leg, each arm). */
  perSide?: true;
  /** Seconds to hold each repetition (held, isometric exercises). */
  holdSeconds?: number;
  /** Hold on to a rail, a stable chair or a wall while doing it. */
  holdOn: boolean;
}

/** What a session trains; `daily` is balance fitted into everyday tasks on a non-training day. */
export type SessionKind = 'strength' | 'balance' | 'bone' | 'daily';

export interface PlanSession {
  kind: SessionKind;
  /** Planned length where the advice gives one: balance sessions and longer activities. */
  minutes?: number;
  /** In the order to do them (balance: still exercises before moving ones). */
  exercises: PlanItem[];
  /** For `daily` sessions: how to fit the exercise into everyday life, the exercise's own tip (plain text) or the usual one. */
  tip?: string | Message;
}

/** One weekday; no sessions means a rest day. */
export interface PlanDay {
  day: Weekday;
  /** In the order to do them: balance first (fresh legs are steadier), then strength, then bone. */
  sessions: PlanSession[];
}

export type WarningKind = 'consult-professional' | 'no-support-at-hand' | 'too-few-exercises';

/** Advice the reader must not miss; the island shows it before the plan. */
export interface PlanWarning {
  kind: WarningKind;
  message: Message;
}

/** Why moderate and high impacts never suit a reader: a broken vertebra, several fractures, falls, other conditions, new to exercise. */
export type ImpactReason = 'spine' | 'fractures' | 'falls' | 'other' | 'new';

/** Why an exercise the reader likes is not in the plan, for the sentence that says so. */
export type NotAllowed =
  /** Moderate or high impact, never for this reader; the most important reason. */
  | { kind: 'impact'; reason: ImpactReason }
  /** Needs more weeks of muscle building: allowed from this programme week. */
  | { kind: 'not-yet'; fromWeek: number }
  /** Not suitable once vertebrae are affected. */
  | { kind: 'spine' }
  /** Anything else the profile rules out (equipment, something to hold). */
  | { kind: 'unsuitable' };

/**
 * Where the plan had to step away from the usual rules, for tests and for the island to mark.
 * Every fallback also has a note or a warning that explains it to the reader.
 */
export type PlanFallback =
  /** No day was chosen: the default days were used. */
  | { kind: 'default-days'; days: Weekday[] }
  /** One day was chosen: days were added to reach the two that strength and bone training need. */
  | { kind: 'added-days'; days: Weekday[] }
  /** Fewer training days than balance needs: balance moved into everyday life on these days. */
  | { kind: 'daily-balance'; days: Weekday[] }
  /** Fewer exercises of a category suit the profile than a session needs; the plan uses the `found` ones. */
  | { kind: 'too-few-exercises'; category: Category; found: number; wanted: number }
  /** Not enough bone exercises: a longer activity the reader did not choose is suggested instead. */
  | { kind: 'activity-instead'; exercise: string }
  /** A longer activity the reader likes is not allowed (yet): the `instead` exercises take its place. */
  | { kind: 'liked-replaced'; exercise: string; why: NotAllowed; instead: string[] }
  /** Increased fall risk and nothing to hold: exercises that need support were left out. */
  | { kind: 'left-out-needs-support'; exercises: string[] };

/** An example plan for one programme week. */
export interface Plan {
  /** Programme week, 1 to 12. */
  week: number;
  /** How hard the exercises should feel this week; rises over the weeks. */
  effort: Effort;
  /** Always seven days, Monday first. */
  days: PlanDay[];
  /** Notes, the "example, not a prescription" note first. */
  notes: Message[];
  /** Warnings, most important first. */
  warnings: PlanWarning[];
  fallbacks: PlanFallback[];
}
