import { url } from './support/builtPages';
import { exercisesIn, localeUrl, locales } from './support/content';
import { expect, test } from './support/fixtures';

const exercisePath = `/exercises/${exercisesIn('en')[0]!.id}/`;
/** German words run longer, so every key page is held to the width in both languages. */
const keyPages = locales.flatMap((locale) =>
  ['/', '/exercises/', exercisePath, '/training/balance/', '/courses/', '/activities/', '/safety/', '/who-pays/'].map((path) => localeUrl(locale, path)),
);

for (const width of [320, 375, 1280]) {
  test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of keyPages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test('body text is at least 18 px and lines stay under 75 characters', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url('/safety/'));
  const paragraph = page.locator('.prose p').first();
  const size = await paragraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
  const charsPerLine = await paragraph.evaluate((el) => {
    const width = el.getBoundingClientRect().width;
    const probe = document.createElement('span');
    probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
    el.appendChild(probe);
    const perChar = probe.getBoundingClientRect().width / 26;
    probe.remove();
    return width / perChar;
  });
  expect(charsPerLine).toBeLessThan(75);
});

test('links and controls in the header and footer are at least 44 px tall', async ({ page }) => {
  await page.goto(url('/'));
  const heights = await page.locator('header a, footer a').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
});

test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({ page }) => {
  await page.goto(url('/exercises/'));
  await page.keyboard.press('Tab');
  const skip = page.locator('a[href="#main-content"]');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('in dark mode the pages leave the white background', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(url(exercisePath));
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
});

test('nothing moves while a page starts up: its scripts only fill in what is already laid out', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // Scripts arrive late, as on a slow phone line, so the page is painted before any of them runs.
  await page.route(`**${url('/_astro/')}*.js`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  for (const path of ['/', '/exercises/', exercisePath, '/search/', '/plan/', `/sheets/?ids=${exercisesIn('en')[0]!.id}`]) {
    await page.goto(url(path), { waitUntil: 'networkidle' });
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(list.getEntries().reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          // No entry at all means no shift; the observer reports buffered entries at once.
          setTimeout(() => resolve(0), 500);
        }),
    );
    expect(shift, path).toBe(0);
  }
});
