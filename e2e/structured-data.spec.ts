/*
 * The JSON-LD of each exercise page says what the page shows: the same name, dose, review
 * date, picture, kind of training and the days a week its category page recommends.
 */
import { builtPages, url } from './support/builtPages';
import { expect, test } from './support/fixtures';

interface Quantity {
  minValue: number;
  maxValue: number;
  unitCode?: string;
}

const exercisePages = builtPages().filter((path) => new RegExp(`^${url('/exercises/')}[^/]+/$`).test(path));

test('there are exercise pages to check', () => expect(exercisePages.length).toBeGreaterThanOrEqual(24));

/** "8 to 12", or "10" when both ends are the same, as the page writes a range. */
const range = ({ minValue, maxValue }: Quantity) => (minValue === maxValue ? `${minValue}` : `${minValue} to ${maxValue}`);

/** Days a week each category page recommends ("at least 2", "4 to 7"), read once per worker. */
const daysOnCategoryPage = new Map<string, string>();
test.beforeAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage({ baseURL });
  for (const slug of ['strength', 'balance', 'bone-stability']) {
    await page.goto(url(`/training/${slug}/`));
    daysOnCategoryPage.set(url(`/training/${slug}/`), ((await page.locator('[data-recommendation] dd').first().textContent()) ?? '').trim());
  }
  await page.close();
});

for (const path of exercisePages) {
  test(`${path} describes itself in schema.org terms that match the page`, async ({ page }) => {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!);
    const plan = data.mainEntity;

    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('MedicalWebPage');
    expect(data.medicalAudience).toBe('https://schema.org/Patient');
    expect(data.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(new URL(data.url).pathname).toBe(path);
    expect(data.description).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
    expect(data.lastReviewed).toBe(await page.locator('[data-reviewed]').getAttribute('data-reviewed'));
    const sources = await page.locator('[data-source] strong').allTextContents();
    expect(data.citation.map((c: { name: string }) => c.name)).toEqual(sources);

    expect(plan['@type']).toBe('ExercisePlan');
    await expect(page.locator('h1')).toHaveText(plan.name);
    const illustration = page.locator('.illustration img').first();
    expect(new URL(plan.image.url).pathname).toBe(await illustration.getAttribute('src'));
    expect(plan.image.description).toBe(await illustration.getAttribute('alt'));

    const dose = page.locator('[data-dose]');
    await expect(dose).toBeVisible();
    await expect(dose).toHaveText(plan.additionalVariable);
    if (plan.repetitions) await expect(dose).toContainText(`${range(plan.repetitions)} repetitions`);
    if (plan.activityDuration) {
      const unit = { SEC: 'seconds', MIN: 'minutes' }[plan.activityDuration.unitCode as string];
      await expect(dose).toContainText(`${range(plan.activityDuration)} ${unit}`);
    }
    expect(Boolean(plan.repetitions) || Boolean(plan.activityDuration) || /session/.test(plan.additionalVariable)).toBe(true);

    const categoryLink = page.locator('.dose-box dd a[href*="/training/"]');
    await expect(categoryLink).toHaveText(plan.exerciseType);
    expect(plan.category).toMatch(/^https:\/\/schema\.org\/(StrengthTraining|Balance|AerobicActivity|AnaerobicActivity)$/);

    const days = daysOnCategoryPage.get((await categoryLink.getAttribute('href'))!);
    expect(days, 'the exercise links to a category page').toBeTruthy();
    expect(plan.activityFrequency).toBe(`${days} days a week`);
  });
}
