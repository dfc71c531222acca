/*
 * axe over every built page of every language. What only reads the HTML (headings, landmarks,
 * titles, the contract routes) is checked over the built files in tests/built/pages.test.ts; here
 * each test loads a batch of pages one after another in one browser context, so the cost is page
 * loads and axe runs, not a new context per page.
 */
import { axeViolations } from './support/axe';
import { builtPages } from './support/builtPages';
import { localeOf } from './support/content';
import { expect, test } from './support/fixtures';

/** Pages per test: small enough to spread over workers, large enough that contexts are few. */
const batchSize = 12;
const batches = Map.groupBy(builtPages(), (path) => localeOf(path));

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
