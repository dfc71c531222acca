/**
 * Which weekday gets which kind of session. Days are a ring (Sunday is next to Monday), and
 * muscles and bones recover between sessions, so sessions of one kind are spread as far apart
 * as the reader's days allow.
 */
import { balanceRecommendation, boneRecommendation, strengthRecommendation } from '../recommendations';
import { defaultProfile, weekdays, type Weekday } from './profile';

/** The weekdays of each kind of session, each list in week order. */
export interface Schedule {
  /** Days the reader trains on (chosen, or chosen plus added, or the defaults). */
  training: Weekday[];
  strength: Weekday[];
  balance: Weekday[];
  bone: Weekday[];
  /** Non-training days with balance in everyday life (only when training days are too few for balance). */
  daily: Weekday[];
  /** Days the generator added to the reader's single day. */
  added: Weekday[];
  /** True when the reader chose no day and the default days were used. */
  usedDefault: boolean;
}

const indexOf = (day: Weekday) => weekdays.indexOf(day);

/** Days between two weekdays the short way round the week: 1 means next to each other. */
export function distance(a: Weekday, b: Weekday): number {
  const d = Math.abs(indexOf(a) - indexOf(b));
  return Math.min(d, weekdays.length - d);
}

/** True when two of the days are next to each other (Sunday and Monday count). */
export function hasNeighbours(days: readonly Weekday[]): boolean {
  return days.some((a, i) => days.slice(i + 1).some((b) => distance(a, b) === 1));
}

/** Lexicographic order of two equally long score lists. */
function compareScores(a: readonly number[], b: readonly number[]): number {
  const i = a.findIndex((v, j) => v !== b[j]);
  return i === -1 ? 0 : (a[i] ?? 0) - (b[i] ?? 0);
}

function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((first, i) => combinations(items.slice(i + 1), k - 1).map((rest) => [first, ...rest]));
}

/**
 * Picks `k` of `candidates` (in week order): fewest `penalty` points first, then fewest
 * neighbouring pairs, then the widest smallest gap, then the earliest in the week.
 */
export function spread(candidates: readonly Weekday[], k: number, penalty: (day: Weekday) => number = () => 0): Weekday[] {
  if (candidates.length <= k) return [...candidates];
  const score = (days: Weekday[]) => {
    const gaps = days.flatMap((a, i) => days.slice(i + 1).map((b) => distance(a, b)));
    return [
      days.reduce((sum, day) => sum + penalty(day), 0),
      gaps.filter((gap) => gap === 1).length,
      -Math.min(...gaps),
    ];
  };
  let best: Weekday[] | undefined;
  let bestScore: number[] = [];
  // Combinations come in week order, so keeping the first of equal scores prefers earlier days.
  for (const days of combinations(candidates, k)) {
    const s = score(days);
    if (best === undefined || compareScores(s, bestScore) < 0) {
      best = days;
      bestScore = s;
    }
  }
  return best ?? [];
}

/** Spreads every kind of training over the reader's days (a normalised, week-ordered list). */
export function schedule(chosen: readonly Weekday[]): Schedule {
  const needed = Math.max(strengthRecommendation.daysPerWeek.min, boneRecommendation.daysPerWeek.min);
  const usedDefault = chosen.length === 0;
  let training = usedDefault ? [...defaultProfile.days] : [...chosen];
  const added: Weekday[] = [];
  // A single day cannot hold the two strength and two bone days the advice asks for: add the
  // days farthest from the chosen ones, and say so.
  while (training.length < needed) {
    const rest = weekdays.filter((d) => !training.includes(d));
    const [day] = spread(rest, 1, (d) => -Math.min(...training.map((t) => distance(t, d))));
    if (day === undefined) break;
    added.push(day);
    training = weekdays.filter((d) => training.includes(d) || d === day);
  }

  const strength = spread(training, strengthRecommendation.daysPerWeek.min);
  const bone = spread(training, boneRecommendation.daysPerWeek.min, (d) => (strength.includes(d) ? 1 : 0));
  const daily =
    training.length < balanceRecommendation.daysPerWeek.min ? weekdays.filter((d) => !training.includes(d)) : [];
  return { training, strength, balance: training, bone, daily, added, usedDefault };
}
