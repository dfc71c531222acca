import { z } from 'astro/zod';
import { figureSchema } from './figure';
import { reviewedSchema } from './vocabulary';

/**
 * One "instead of … / do this …" pair: the risky way and the spine-sparing way of the same
 * moment, so that a drawing of each pose can later stand beside its words.
 */
export const everydayPairSchema = z
  .object({
    /** The way to avoid, read after the label "Instead of", e.g. "bending forward from your waist". */
    instead: z.string().min(5).max(160),
    /** The spine-sparing way, a full sentence read after the label "Do this", e.g. "Bend at your hips and knees." */
    do: z.string().min(5).max(200),
    /**
     * The two poses side by side: keyframe 1 the way to avoid, keyframe 2 the spine-sparing way
     * (only it must keep the back straight). Their `step` is the pair's number on the task.
     */
    figure: figureSchema
      .refine((figure) => figure.keyframes.length === 2, {
        message: 'An everyday figure has two keyframes: the "instead of" pose, then the "do this" pose.',
        path: ['keyframes'],
      })
      .optional(),
  })
  .strict();

/** Frontmatter of one everyday task (`content/everyday/<id>.mdx`); all tasks share the page /everyday/. */
export const everydaySchema = z
  .object({
    /** The task in a reader's words, e.g. "Carrying shopping"; the heading of its section. */
    title: z.string().min(3).max(60),
    /** Why the task needs care, in one or two plain sentences. */
    summary: z.string().min(20).max(220),
    /** Other words readers search for ("shopping bags" for carrying); indexed, not shown. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Position of the task on the page, 1 first. */
    order: z.number().int().min(1),
    /** What to do instead, one pair per moment of the task. */
    pairs: z.array(everydayPairSchema).min(1).max(4),
    /**
     * Set when no source gives a method for this task, only a general rule: the rule itself in
     * one sentence. The page then says plainly that the pairs apply this rule.
     */
    principleOnly: z.string().min(10).max(160).optional(),
    /** Ids of the entries in `content/sources.json` the facts come from. */
    sources: z.array(z.string()).min(1),
    /** Date a person last checked the entry against its sources. */
    reviewed: reviewedSchema,
  })
  .strict();

export type EverydayPair = z.infer<typeof everydayPairSchema>;
export type EverydayFrontmatter = z.infer<typeof everydaySchema>;
