import { z } from 'astro/zod';

/** A published source that a page takes facts and figures from (one entry in `content/sources.json`). */
export const sourceSchema = z.object({
  /** Short name used in running text, e.g. "IQWiG (informedhealth.org)". */
  name: z.string().min(2),
  /** Full citation: authors, title, journal or publisher, year. */
  citation: z.string().min(10),
  /** Address of the source, shown as text; the site never loads anything from it. */
  url: z.url().optional(),
  /** Year the source was published or last updated. */
  year: z.number().int().min(1990).max(2100),
  /** True for the primary source of the site (the IQWiG page). */
  primary: z.boolean().default(false),
});

export type Source = z.infer<typeof sourceSchema>;
