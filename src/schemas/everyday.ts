import { z } from 'astro/zod';
import { figureSchema } from './figure';
import { reviewedSchema } from './vocabulary';

/** The facts of one "instead of … / do this …" pair: only its drawing, if it has one. */
export const everydayPairFactsSchema = z
  .object({
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

/** The facts of one everyday task (`content/everyday/<id>.yaml`); all tasks share the page /everyday/. */
export const everydayFactsSchema = z
  .object({
    /** Position of the task on the page, 1 first. */
    order: z.number().int().min(1),
    /** One entry per moment of the task, in the order of the words' pairs. */
    pairs: z.array(everydayPairFactsSchema).min(1).max(4),
    /** Ids of the entries in `content/sources.json` the facts come from. */
    sources: z.array(z.string()).min(1),
    /** Date a person last checked the entry against its sources. */
    reviewed: reviewedSchema,
  })
  .strict();

/** The words of one pair: the risky way and the spine-sparing way of the same moment. */
export const everydayPairWordsSchema = z
  .object({
    /** The way to avoid, read after the label "Instead of", e.g. "bending forward from your waist". */
    instead: z.string().min(5).max(160),
    /** The spine-sparing way, a full sentence read after the label "Do this", e.g. "Bend at your hips and knees." */
    do: z.string().min(5).max(200),
    /** Where the pair has a figure: a few words for each of its two poses. */
    keyframes: z.array(z.string().min(3).max(48)).length(2).optional(),
  })
  .strict();

/** The words of one everyday task in one language (`content/<locale>/everyday/<id>.mdx`). */
export const everydayWordsSchema = z
  .object({
    /** The task in a reader's words, e.g. "Carrying shopping"; the heading of its section. */
    title: z.string().min(3).max(60),
    /** Why the task needs care, in one or two plain sentences. */
    summary: z.string().min(20).max(220),
    /** Other words readers search for ("shopping bags" for carrying); indexed, not shown. */
    aliases: z.array(z.string().min(2)).default([]),
    /** What to do instead, one pair per moment of the task. */
    pairs: z.array(everydayPairWordsSchema).min(1).max(4),
    /**
     * Set when no source gives a method for this task, only a general rule: the rule itself in
     * one sentence. The page then says plainly that the pairs apply this rule.
     */
    principleOnly: z.string().min(10).max(160).optional(),
  })
  .strict();

export type EverydayPairFacts = z.infer<typeof everydayPairFactsSchema>;
export type EverydayPairWords = z.infer<typeof everydayPairWordsSchema>;
