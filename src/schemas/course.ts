import { z } from 'astro/zod';
import { reviewedSchema } from './vocabulary';

/** The facts of one course type (`content/courses/<id>.yaml`), stated once for every language. */
export const courseFactsSchema = z
  .object({
    /** The German name readers meet on forms and insurer websites. */
    germanName: z.string().min(3),
    /** Prevention (before or besides a diagnosis) or treatment (after a diagnosis). */
    purpose: z.enum(['prevention', 'treatment']),
    /** How the course is given. */
    formats: z.array(z.enum(['group', 'individual', 'online', 'water'])).min(1),
    /** Order on the overview page. */
    order: z.number().int().min(1),
    /** Ids of the entries in `content/sources.json` the facts come from. */
    sources: z.array(z.string()).min(1),
    /** Date a person last checked the entry against its sources. */
    reviewed: reviewedSchema,
  })
  .strict();

/** The words of one course type in one language (`content/<locale>/courses/<id>.mdx`). */
export const courseWordsSchema = z
  .object({
    /** Name of the course type, e.g. "Functional training". */
    title: z.string().min(3).max(60),
    /** One or two plain sentences on what it is. */
    summary: z.string().min(20).max(220),
    /** Other names readers search for; indexed, not shown. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Who the course is for, in a short phrase. */
    suits: z.string().min(10),
    /** How often it takes place, e.g. "once or twice a week". */
    frequency: z.string().min(3),
    /** How long one session lasts, if the source says so. */
    sessionLength: z.string().min(3).optional(),
    /** Who pays in Germany and for how long. */
    whoPays: z.string().min(10),
    /** Steps to get a place, in order. */
    howToGet: z.array(z.string().min(5)).min(1),
    /** What to ask for in other countries; the pages for readers in Germany leave it out. */
    outsideGermany: z.string().min(10).optional(),
  })
  .strict();

export type CourseFacts = z.infer<typeof courseFactsSchema>;
export type CourseWords = z.infer<typeof courseWordsSchema>;
