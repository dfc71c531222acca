import { z } from 'astro/zod';

/** An inclusive range such as "8 to 12"; a single number is allowed by giving the same value twice. */
export const rangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([min, max]) => min <= max, { message: 'The first number of a range must not be larger than the second.' });

/**
 * How much of an exercise to do. Three shapes, because the source gives doses in three ways:
 * repetitions in sets (strength, bone stability), seconds per exercise (balance) and minutes
 * for a longer activity such as jogging or hiking.
 */
export const doseSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reps'),
    /** Number of sets, e.g. `[2, 3]`. */
    sets: rangeSchema,
    /** Repetitions per set, e.g. `[8, 12]`. */
    reps: rangeSchema,
    /** For held (isometric) exercises: how long each repetition is held, in seconds. */
    holdSeconds: rangeSchema.optional(),
    /** True when the repetitions are counted per side (per leg, per arm). */
    perSide: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('seconds'),
    /** Time per exercise in seconds, e.g. `[30, 60]`. */
    seconds: rangeSchema,
    /** True when the time is per side (per leg). */
    perSide: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('minutes'),
    /** Length of one session in minutes, from a named source (see `activityRecommendation` in src/lib/recommendations.ts). */
    minutes: rangeSchema,
  }),
]);

export type Range = z.infer<typeof rangeSchema>;
export type Dose = z.infer<typeof doseSchema>;
