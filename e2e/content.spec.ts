/*
 * What needs a browser on the library and exercise pages: the filters, and that what the HTML
 * holds is on screen. What the pages hold is checked over the built files in tests/built/pages.test.ts.
 */
import { exercisesIn, localeUrl, locales, wordsOf } from './support/content';
import { expect, test } from './support/fixtures';

for (const locale of locales) {
  const t = wordsOf(locale);

  test(`${locale}: an exercise page shows its dose, steps, source and drawings on screen`, async ({ page }) => {
    const [exercise] = exercisesIn(locale);
    await page.goto(localeUrl(locale, `/exercises/${exercise!.id}/`));
    for (const selector of ['[data-dose]', '.exercise-body ol > li', '[data-source]']) {
      await expect(page.locator(selector).first(), selector).toBeVisible();
    }
    const drawings = page.locator('[data-exercise-page] figure-player svg[data-keyframe]');
    expect(await drawings.count()).toBe(exercise!.keyframes.length);
    for (const width of await drawings.evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width))) expect(width).toBeGreaterThan(100);
  });

  test(`${locale}: the library filters narrow the list and say how many are shown`, async ({ page }) => {
    await page.goto(localeUrl(locale, '/exercises/'));
    const visibleCards = page.locator('li:not([hidden]) > [data-exercise-card]');
    const total = await visibleCards.count();
    expect(total).toBe(exercisesIn(locale).length);
    const spine = page.getByLabel(t('filter.spine'));
    await spine.check();
    const spineCount = await visibleCards.count();
    await expect(page.locator('[data-filter-status]')).toHaveText(t('filter.shown', { shown: spineCount, total }));
    expect(spineCount).toBeLessThan(total);
    for (const flag of await visibleCards.evaluateAll((els) => els.map((el) => el.getAttribute('data-spine')))) expect(flag).toBe('1');
    await spine.uncheck();
    const gentle = page.getByLabel(t('filter.gentleImpact'));
    await gentle.check();
    const impacts = await visibleCards.evaluateAll((els) => els.map((el) => el.getAttribute('data-impact')));
    expect(impacts.length).toBeLessThan(total);
    for (const impact of impacts) expect(['none', 'low']).toContain(impact);
    await gentle.uncheck();
    await expect(visibleCards).toHaveCount(total);
  });

  test(`${locale}: a filter ticked before the filter script ran still narrows the list`, async ({ page }) => {
    const held = Promise.withResolvers<void>();
    await page.route(/\/_astro\/ExerciseFilter\.[^/]+\.js$/, async (route) => {
      await held.promise;
      await route.continue();
    });
    // A module script holds back the load event, so the test goes on once the page has arrived.
    await page.goto(localeUrl(locale, '/exercises/'), { waitUntil: 'commit' });
    await page.getByLabel(t('filter.spine')).check();
    held.resolve();
    const visibleCards = page.locator('li:not([hidden]) > [data-exercise-card]');
    await expect(page.locator('[data-filter-status]')).toHaveText(t('filter.shown', { shown: await page.locator('[data-exercise-card][data-spine="1"]').count(), total: exercisesIn(locale).length }));
    for (const flag of await visibleCards.evaluateAll((els) => els.map((el) => el.getAttribute('data-spine')))) expect(flag).toBe('1');
  });
}
