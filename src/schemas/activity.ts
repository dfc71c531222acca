import { z } from 'astro/zod';
import { reviewedSchema } from './vocabulary';

/** What the source says about a sport or everyday activity. */
export const verdictSchema = z.enum(['strengthens-bones', 'other-benefits', 'take-care', 'avoid']);

/** The facts of one sport or everyday activity (`content/activities/<id>.yaml`), stated once for every language. */
export const activityFactsSchema = z
  .object({
    /** The verdict, which decides the group the activity is listed in. */
    verdict: verdictSchema,
    /** Id of an exercise page with more detail, e.g. `jogging`. */
    exercise: z.string().optional(),
    /** Order inside its verdict group. */
    order: z.number().int().min(1),
    /** Ids of the entries in `content/sources.json` the facts come from. */
    sources: z.array(z.string()).min(1),
    /** Date a person last checked the entry against its sources. */
    reviewed: reviewedSchema,
  })
  .strict();

/** The words of one activity in one language (`content/<locale>/activities/<id>.mdx`). */
export const activityWordsSchema = z
  .object({
    /** Name of the activity, e.g. "Swimming". */
    title: z.string().min(3).max(60),
    /** Why, in one or two plain sentences. */
    reason: z.string().min(20).max(300),
    /** Other names readers search for ("sit-ups" for crunches); indexed, not shown. */
    aliases: z.array(z.string().min(2)).default([]),
  })
  .strict();

export type Verdict = z.infer<typeof verdictSchema>;
