import { axeViolations } from './support/axe';
import { builtPages, url } from './support/builtPages';
import { expect, test } from './support/fixtures';

const pages = builtPages();

/** The routes in DESIGN.md are a contract: links to them get shared and printed. */
const contractRoutes = [
  '/', '/exercises/', '/exercises/squats/', '/training/strength/', '/training/balance/', '/training/bone-stability/',
  '/courses/', '/courses/prevention/', '/courses/physical-therapy/', '/courses/functional-training/', '/activities/',
  '/safety/', '/which-exercises/', '/spine/', '/everyday/', '/plan/', '/sheets/', '/search/', '/about/', '/404.html',
];

test('the build has every contract route', () => {
  expect(pages).toEqual(expect.arrayContaining(contractRoutes.map(url)));
});

for (const path of pages) {
  test(`page ${path} is sound and accessible`, async ({ page }) => {
    // The not-found page is tested the way readers meet it: at an address that does not exist.
    const notFoundPage = path.endsWith('404.html');
    const response = await page.goto(notFoundPage ? path.replace('404.html', 'no-such-page/') : path);
    expect(response?.status()).toBe(notFoundPage ? 404 : 200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/OsteoMove/);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('a[href="#main-content"]')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}
