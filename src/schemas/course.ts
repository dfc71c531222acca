import { z } from 'astro/zod';
import { reviewedSchema } from './vocabulary';

/** Frontmatter of one course type (`content/courses/<id>.mdx`). */
export const courseSchema = z
  .object({
    /** Name of the course type, e.g. "Functional training". */
    title: z.string().min(3).max(60),
    /** The German name readers meet on forms and insurer websites. */
    germanName: z.string().min(3),
    /** One or two plain sentences on what it is. */
    summary: z.string().min(20).max(220),
    /** Other names readers search for; indexed, not shown. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Prevention (before or besides a diagnosis) or treatment (after a diagnosis). */
    purpose: z.enum(['prevention', 'treatment']),
    /** How the course is given. */
    formats: z.array(z.enum(['group', 'individual', 'online', 'water'])).min(1),
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
    /** What to ask for in other countries. */
    outsideGermany: z.string().min(10),
    /** Order on the overview page. */
    order: z.number().int().min(1),
    /** Ids of the entries in `content/sources.json` the facts come from. */
    sources: z.array(z.string()).min(1),
    /** Date a person last checked the entry against its sources. */
    reviewed: reviewedSchema,
  })
  .strict();

export type CourseFrontmatter = z.infer<typeof courseSchema>;
