import { z } from 'astro/zod';
import { isStrongImpact } from '../lib/impact';
import { doseSchema } from './dose';
import { figureSchema } from './figure';
import {
  type Impact,
  bodyAreaSchema,
  categorySchema,
  equipmentSchema,
  impactSchema,
  likedActivitySchema,
  positionSchema,
  reviewedSchema,
} from './vocabulary';

/** An exercise id is its file name in `content/exercises/` without the extension. */
export const exerciseIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens.');

/**
 * The facts of one exercise (`content/exercises/<id>.yaml`), stated once for every language.
 * `src/content.config.ts` swaps the plain ids in `easier`, `harder` and `sources` for Astro
 * references, so the build checks that they exist.
 */
export const exerciseFields = z
  .object({
    /** Which kind of training the exercise belongs to. */
    category: categorySchema,
    /** Order of difficulty inside its category, 1 = easiest; unique within a category (the benchmark's generated libraries go into the thousands). */
    level: z.number().int().min(1).max(9999),
    /** How much to do, as the source gives it. */
    dose: doseSchema,
    /** Equipment needed; leave empty when none is needed. */
    equipment: z.array(equipmentSchema).default([]),
    /** Body position while doing it. */
    position: positionSchema,
    /** True when the body moves through space (walking, tai chi); balance training goes from still to moving. */
    moving: z.boolean().default(false),
    /** Body areas the exercise works. */
    bodyAreas: z.array(bodyAreaSchema).min(1),
    /** Start by holding a rail or a stable chair until the exercise is mastered. */
    support: z.boolean(),
    /** Impact on the skeleton, a step of the UK consensus ladder (see `impactSchema`). */
    impact: impactSchema,
    /** Free of bending forward and twisting the spine. */
    spineSafe: z.boolean(),
    /** Suitable when vertebrae are already affected (after a vertebral fracture). */
    afterSpineFracture: z.boolean(),
    /** Weeks of muscle building needed before starting it; every moderate or high impact needs some. */
    minWeeksOfTraining: z.number().int().min(0).max(52).default(0),
    /** Set when the exercise is itself a longer activity a reader may like (jogging, hiking). */
    activity: likedActivitySchema.optional(),
    /** Id of the next easier exercise. */
    easier: exerciseIdSchema.optional(),
    /** Id of the next harder exercise. */
    harder: exerciseIdSchema.optional(),
    /** The posed figure: props and 2–4 keyframes of joint angles, drawn and checked by `src/lib/figure/`. */
    figure: figureSchema,
    /** Ids of the entries in `content/sources.json` the facts come from. */
    sources: z.array(z.string()).min(1),
    /** Date a person last checked the entry against its sources. */
    reviewed: reviewedSchema,
  })
  .strict();

interface SafetyFacts {
  impact: Impact;
  minWeeksOfTraining: number;
  afterSpineFracture: boolean;
  spineSafe: boolean;
}

/**
 * Rules between fields that the sources set: moderate and high impacts come after muscle
 * building; suitable after a vertebral fracture means spine-safe and no more impact than brisk walking.
 */
export function withSafetyRules<T extends z.ZodType<SafetyFacts>>(schema: T) {
  return schema
    .refine((e) => !isStrongImpact(e.impact) || e.minWeeksOfTraining > 0, {
      message: 'Moderate and high impacts (jogging, jumps, hops, skipping) need weeks of muscle building first: set minWeeksOfTraining above 0.',
      path: ['minWeeksOfTraining'],
    })
    .refine((e) => !e.afterSpineFracture || !isStrongImpact(e.impact), {
      message: 'After a vertebral fracture the UK consensus allows no more impact than brisk walking: a moderate or high impact cannot be afterSpineFracture.',
      path: ['afterSpineFracture'],
    })
    .refine((e) => !e.afterSpineFracture || e.spineSafe, {
      message: 'An exercise that suits an affected spine must also be spineSafe.',
      path: ['afterSpineFracture'],
    });
}

/**
 * The words of one exercise in one language (`content/<locale>/exercises/<id>.mdx`); the body
 * says why it helps. A words file states no dose, level or flag, so no language can differ in them.
 */
export const exerciseWordsSchema = z
  .object({
    /** Name of the exercise as readers say it, e.g. "Squats". */
    title: z.string().min(3).max(60),
    /** One or two plain sentences: what you do and what it is for. */
    summary: z.string().min(20).max(220),
    /** Other names readers search for ("sit to stand", "heel raises"); indexed, not shown. */
    aliases: z.array(z.string().min(2)).default([]),
    /** A few words per keyframe of the figure, in order, shown under each drawing, e.g. "Lean forward". */
    keyframes: z.array(z.string().min(3).max(48)).min(2).max(4),
    /** How to do it: the numbered steps, which the figure's keyframes point into by number. */
    steps: z.array(z.string().min(5)).min(2).max(12),
    /** Watch out for: the mistakes and safety notes of this exercise. */
    cautions: z.array(z.string().min(5)).min(1).max(8),
    /** A way to fit the exercise into everyday life. */
    dailyLife: z.string().min(10).optional(),
  })
  .strict();

export type ExerciseWords = z.infer<typeof exerciseWordsSchema>;

/** The frontmatter schema with plain ids, as unit tests and tools outside Astro use it. */
export const exerciseSchema = withSafetyRules(exerciseFields);

export type ExerciseFrontmatter = z.infer<typeof exerciseSchema>;
