import { z } from 'astro/zod';
import { reviewedSchema } from './vocabulary';

/** Frontmatter of a guidance page (`content/guides/<id>.mdx`), e.g. "Exercising safely". */
export const guideSchema = z
  .object({
    /** Page heading. */
    title: z.string().min(3).max(70),
    /** One or two sentences for the page description and search results. */
    description: z.string().min(20).max(220),
    /** Other words readers search for; indexed, not shown. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Ids of the entries in `content/sources.json` the facts come from. */
    sources: z.array(z.string()).min(1),
    /** Date a person last checked the page against its sources. */
    reviewed: reviewedSchema,
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideSchema>;
