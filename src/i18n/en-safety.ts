/**
 * Safety wordings that the plan generator shares with the UI dictionary. They live apart so the
 * plan island can carry them without the whole dictionary; `en.ts` spreads them in.
 */
export const enSafety = {
  /** The source's pain rule (IQWiG), worded once for every exercise page, sheet and plan. */
  'safety.pain':
    'Exercises should not hurt, or only a very little. Take pain seriously: if an exercise hurts, stop and ask your doctor or physiotherapist.',
} as const;
