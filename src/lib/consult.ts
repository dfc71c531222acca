import { isStrongImpact } from './impact';
import type { Impact } from '../schemas/vocabulary';

/**
 * Where the source asks readers to check with a doctor or physiotherapist before starting:
 * moderate and high impacts (jogging, jumping), and anything not suitable once vertebrae are affected. The exercise page and
 * its printed sheet both show the note, so the rule lives here once.
 */
export function needsConsult(exercise: { impact: Impact; afterSpineFracture: boolean }): boolean {
  return isStrongImpact(exercise.impact) || !exercise.afterSpineFracture;
}
