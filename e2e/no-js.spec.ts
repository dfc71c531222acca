import { url } from './support/builtPages';
import { expect, test } from './support/fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the library shows every exercise and hides the filters it cannot run', async ({ page }) => {
  await page.goto(url('/exercises/'));
  await expect(page.locator('[data-filter-form]')).toBeHidden();
  expect(await page.locator('[data-exercise-card]').count()).toBeGreaterThanOrEqual(24);
  await expect(page.locator('[data-exercise-card]').first()).toBeVisible();
});

test('without JavaScript a reader can go from home to an exercise and read it', async ({ page }) => {
  await page.goto(url('/'));
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Exercises' }).click();
  await page.getByRole('link', { name: 'Squats' }).first().click();
  await expect(page.locator('h1')).toHaveText('Squats');
  await expect(page.locator('.exercise-body ol > li').first()).toBeVisible();
  await expect(page.locator('[data-dose]')).toContainText('8 to 12');
  await page.locator('[data-variant] a').first().click();
  await expect(page.locator('h1')).not.toHaveText('Squats');
});

test('without JavaScript the guidance and course pages read in full', async ({ page }) => {
  for (const path of ['/safety/', '/which-exercises/', '/spine/', '/about/', '/courses/functional-training/', '/activities/']) {
    await page.goto(url(path));
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.locator('[data-reviewed]')).toHaveCount(1);
  }
});
