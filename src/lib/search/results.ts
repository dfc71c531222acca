/**
 * Turns what Pagefind returns for one result into what the search page shows. Only the
 * fields used here are typed; Pagefind sends more.
 */
import { pageTypes, type PageType } from './facets';

/** Results loaded at a time: each one costs a download of about 1.5 kB. */
export const resultsPerPage = 6;

export interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the section starts at an element with an id (a heading or a marked entry). */
  anchor?: { id: string };
  /** The matching words inside the section, each with Pagefind's score for it. */
  weighted_locations?: { balanced_score: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSection[];
}

export interface ResultView {
  title: string;
  url: string;
  type?: PageType;
  /** Short facts under the title, e.g. "Muscle strength", "Level 4 of 10", the dose. */
  facts: string[];
  /** Pagefind's excerpt: our own indexed text, HTML-escaped, with `<mark>` around matches. */
  excerpt: string;
  /** Matching entries on pages that hold many (the activities), each with its own link. */
  sections: { title: string; url: string }[];
  /** The address of the exercise's small picture, with the base: exercises with a figure only. */
  picture?: string;
}

/** The meta key a page sets when each of its entries deserves its own link in results. */
export const entriesMeta = 'entries';
export const resultFacts = ['category', 'level', 'dose'] as const;

/** How well a section matches: Pagefind lists sections in page order, but a reader wants the best match first. */
const scoreOf = (section: PagefindSection) => (section.weighted_locations ?? []).reduce((sum, word) => sum + word.balanced_score, 0);

export function toResultView(data: PagefindResultData, maxSections = 3): ResultView {
  const type = data.filters.type?.find((value): value is PageType => (pageTypes as readonly string[]).includes(value));
  const facts = resultFacts.map((key) => data.meta[key]).filter((value): value is string => Boolean(value));
  const sections =
    data.meta[entriesMeta] === 'yes'
      ? data.sub_results
          .filter((section) => section.anchor)
          .sort((a, b) => scoreOf(b) - scoreOf(a))
          .slice(0, maxSections)
          .map(({ title, url }) => ({ title, url }))
      : [];
  // Pagefind also fills `image` from the first <img> after the <h1> of any page (a category page's first card), so only an exercise's own counts.
  const picture = type === 'exercise' ? data.meta.image : undefined;
  return { title: data.meta.title ?? data.url, url: data.url, type, facts, excerpt: data.excerpt, sections, picture };
}
