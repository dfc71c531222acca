/*
 * axe in the browser, over every page template of every language. What only reads the HTML is
 * checked on every page without a browser: html-validate's a11y preset (`npm run test:html`)
 * for names, alt texts, labels, ids and landmarks, and tests/built/pages.test.ts for headings,
 * titles and the contract routes. Pages in one folder (`/exercises/<id>/`, `/de/courses/<id>/`)
 * come from one template and differ in their words, so of each folder axe loads the first page
 * and the largest one (the most content to get wrong): the browser's share stays the same
 * however many exercises the library grows to.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './support/axe';
import { builtPages, envSite } from './support/builtPages';
import { localeOf, localeOfPage } from './support/content';
import { expect, test } from './support/fixtures';

/** Pages per test: small enough to spread over workers, large enough that contexts are few. */
const batchSize = 12;

/** A page that stands alone is its own template; the pages of a folder (`/exercises/<id>/`) share `/exercises/*`. */
const templateOf = (path: string) => (localeOfPage(path).path.split('/').length > 3 ? path.replace(/[^/]+\/$/, '*') : path);
const htmlBytes = (path: string) => statSync(join(envSite.distDir, path.slice(envSite.basePath.length), path.endsWith('/') ? 'index.html' : '')).size;

/** Every page that stands alone (a language's top-level pages), and the first and the largest page of each folder of alike pages. */
function templatePages(): string[] {
  const largest = (pages: string[]) => pages.reduce((a, b) => (htmlBytes(b) > htmlBytes(a) ? b : a));
  return [...Map.groupBy(builtPages(), templateOf).values()].flatMap((alike) => [...new Set([alike[0]!, largest(alike)])]).sort();
}

const batches = Map.groupBy(templatePages(), (path) => localeOf(path));

test('every template of every language is in the sample, and each folder of alike pages is cut to at most two', () => {
  const sample = templatePages();
  const all = builtPages();
  expect(new Set(sample.map(templateOf))).toEqual(new Set(all.map(templateOf)));
  for (const [template, pages] of Map.groupBy(sample, templateOf)) {
    expect(pages.length, template).toBeLessThanOrEqual(template.endsWith('*') ? 2 : 1);
  }
});

for (const [locale, pages] of batches) {
  for (let start = 0; start < pages.length; start += batchSize) {
    const batch = pages.slice(start, start + batchSize);
    test(`${locale} pages ${batch[0]} to ${batch.at(-1)} load and have no accessibility violations`, async ({ page }) => {
      test.setTimeout(20_000 + batch.length * 8_000);
      for (const path of batch) {
        // The not-found page is tested the way readers meet it: at an address that does not exist.
        const notFoundPage = path.endsWith('404.html');
        const response = await page.goto(notFoundPage ? path.replace('404.html', 'no-such-page/') : path);
        expect.soft(response?.status(), path).toBe(notFoundPage ? 404 : 200);
        expect.soft(await axeViolations(page), path).toEqual([]);
      }
    });
  }
}
