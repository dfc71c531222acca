import { z } from 'astro/zod';
import { locales } from '../i18n/locales';

/** A DOI as the registry prints it: `10.`, a registrant code, a slash and a suffix (e.g. `10.1136/bjsports-2021-104634`). */
export const doiPattern = /^10\.\d{4,9}\/\S+$/;

/** A published source that a page takes facts and figures from (one entry in `content/sources.json`). */
export const sourceSchema = z
  .object({
    /** Short name used in running text, e.g. "IQWiG (informedhealth.org)". */
    name: z.string().min(2),
    /** Full citation: authors, title, journal or publisher, year, and volume, issue and pages where the source has them. */
    citation: z.string().min(10),
    /** Address of the source itself (not the publisher's home page), shown as text; the site never loads anything from it. */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** Digital Object Identifier of a paper, without the `https://doi.org/` prefix. */
    doi: z.string().regex(doiPattern, 'A DOI starts with "10.", a registrant code and a slash, e.g. 10.1136/bjsports-2021-104634.').optional(),
    /** Year the source was published or last updated; left out for texts that change in place, such as laws and web pages without a date. */
    year: z.number().int().min(1990).max(2100).optional(),
    /** True for the primary source of the site (the IQWiG page). */
    primary: z.boolean().default(false),
    /**
     * The source in another language's words: a name readers of that language understand, a
     * citation in their language, or the address of the source's own edition in it (IQWiG
     * publishes the page in German at gesundheitsinformation.de). Left out, the entry's own words stand.
     */
    translations: z
      .partialRecord(
        z.enum(locales),
        z.object({ name: z.string().min(2), citation: z.string().min(10), url: z.url({ protocol: /^https$/ }) }).partial().strict(),
      )
      .optional(),
  })
  .refine((source) => source.url !== undefined || source.doi !== undefined, {
    message: 'A source needs a way for a reader to find it: an address (url), a DOI (doi) or both.',
    path: ['url'],
  });

export type Source = z.infer<typeof sourceSchema>;

