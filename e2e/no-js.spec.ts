import { exercisesIn, localeUrl, locales, wordsOf } from './support/content';
import { expect, test } from './support/fixtures';

test.use({ javaScriptEnabled: false });

for (const locale of locales) {
  const t = wordsOf(locale);

  test(`${locale}: without JavaScript the library shows every exercise and hides the filters it cannot run`, async ({ page }) => {
    await page.goto(localeUrl(locale, '/exercises/'));
    await expect(page.locator('[data-filter-form]')).toBeHidden();
    expect(await page.locator('[data-exercise-card]').count()).toBe(exercisesIn(locale).length);
    await expect(page.locator('[data-exercise-card]').first()).toBeVisible();
  });

  test(`${locale}: without JavaScript a reader can go from home to an exercise and read it`, async ({ page }) => {
    await page.goto(localeUrl(locale, '/'));
    await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.exercises') }).click();
    await expect(page).toHaveURL(localeUrl(locale, '/exercises/'));
    const card = page.locator('[data-exercise-card] h3 a').first();
    const title = (await card.textContent())!.trim();
    await card.click();
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('.exercise-body ol > li').first()).toBeVisible();
    await expect(page.locator('[data-dose]')).toBeVisible();
    await page.locator('[data-variant] a').first().click();
    await expect(page.locator('h1')).not.toHaveText(title);
  });

  test(`${locale}: without JavaScript the guidance and course pages read in full`, async ({ page }) => {
    for (const path of ['/safety/', '/which-exercises/', '/spine/', '/about/', '/who-pays/', '/courses/functional-training/', '/activities/']) {
      await page.goto(localeUrl(locale, path));
      await expect(page.locator('main h2').first(), path).toBeVisible();
      await expect(page.locator('[data-reviewed]'), path).toHaveCount(1);
    }
  });
}
