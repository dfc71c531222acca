/** The built site as parsed HTML, for tests that only read pages (no browser). */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtFile, builtPages, envSite } from '../../../e2e/support/builtPages';

export { builtFile, builtPages, envSite };

const cache = new Map<string, HTMLElement>();

/** A built file that is not a page, such as a JSON file, as the host serves it. */
export const servedText = (path: string): string => readFileSync(builtFile(path), 'utf8');

/** One built page, parsed once per test file. */
export function page(path: string): HTMLElement {
  let root = cache.get(path);
  if (!root) {
    root = parse(readFileSync(builtFile(path), 'utf8'));
    cache.set(path, root);
  }
  return root;
}

/** The visible text of an element with white space folded, as a reader would read it. */
export const textOf = (element: HTMLElement | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Paths between languages, as the browser tests use them: `pathIn('de', '/plan/')` is `/de/plan/` with the base. */
export { localeUrl as pathIn, localeOfPage } from '../../../e2e/support/content';
