/**
 * Loading Pagefind's browser bundle, and the part of its API the search page uses. The bundle
 * is written next to the site by the build (src/integrations/pagefind.ts), so it is imported
 * by URL at run time, never bundled.
 */
import type { PagefindResultData } from '../../lib/search/results';

export interface PagefindHit {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<{ results: PagefindHit[] }>;
}

/** How the search page asks Pagefind to search (the browser tests search with the same). */
export const pagefindOptions = {
  // This index is small: a web worker would cost an extra download and gain nothing.
  noWorker: true,
  excerptLength: 24,
  // Whole words before longer words they start: "back pain" should find the back, not "backwards".
  ranking: { termSimilarity: 2 },
};

/**
 * `bundleUrl` includes the deploy's base; `baseUrl` puts the base in front of result links,
 * since the index stores paths relative to the built folder.
 */
export async function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
  await pagefind.options({ baseUrl, ...pagefindOptions });
  return pagefind;
}
