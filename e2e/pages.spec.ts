/*
 * axe in the browser, over every page template of every language. What only reads the HTML is
 * checked on every page without a browser: html-validate's a11y preset (`npm run test:html`)
 * for names, alt texts, labels, ids and landmarks, and tests/built/pages.test.ts for headings,
 * titles and the contract routes. Pages in one folder (`/exercises/<id>/`, `/de/courses/<id>/`)
 * come from one template and differ in their words, so of each folder axe loads the first page
 * and the largest one (the most content to get wrong): the browser's share stays the same
 * however many exercises the library grows to.
 */
import { axeViolations } from './support/axe';
import { builtPages } from './support/builtPages';
import { localeOf, templateOf, templateSample } from './support/content';
import { expect, test } from './support/fixtures';

/** Pages per test: small enough to spread over workers, large enough that contexts are few. */
const batchSize = 12;

const batches = Map.groupBy(templateSample(), (path) => localeOf(path));

test('every template of every language is in the sample, and each folder of alike pages is cut to at most two', () => {
  const sample = templateSample();
  const all = builtPages();
  expect(new Set(sample.map((path) => templateOf(path)))).toEqual(new Set(all.map((path) => templateOf(path))));
  for (const [template, pages] of Map.groupBy(sample, (path) => templateOf(path))) {
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
