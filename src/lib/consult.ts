/**
 * Where the source asks readers to check with a doctor or physiotherapist before starting:
 * jumping, and anything not suitable once vertebrae are affected. The exercise page and
 * its printed sheet both show the note, so the rule lives here once.
 */
export function needsConsult(exercise: { impact: string; afterSpineFracture: boolean }): boolean {
  return exercise.impact === 'high' || !exercise.afterSpineFracture;
}
