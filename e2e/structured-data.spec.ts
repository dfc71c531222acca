/*
 * The JSON-LD of each exercise page says what the page shows: the same name, dose, review
 * date, picture, kind of training and the days a week its category page recommends.
 */
import type { Page } from '@playwright/test';
import { builtPages, url } from './support/builtPages';
import { expect, test } from './support/fixtures';

interface Quantity {
  minValue: number;
  maxValue: number;
  unitCode?: string;
}

const exercisePages = builtPages().filter((path) => new RegExp(`^${url('/exercises/')}[^/]+/$`).test(path));

/** "8 to 12", or "10" when both ends are the same, as the page writes a range. */
const range = ({ minValue, maxValue }: Quantity) => (minValue === maxValue ? `${minValue}` : `${minValue} to ${maxValue}`);

/** What a reader sees on an exercise page, read in one trip to the browser. */
function visibleFacts(page: Page) {
  return page.evaluate(() => {
    const text = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const attribute = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null;
    const dose = document.querySelector<HTMLElement>('[data-dose]');
    return {
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
      canonical: attribute('link[rel="canonical"]', 'href'),
      description: attribute('meta[name="description"]', 'content'),
      reviewed: attribute('[data-reviewed]', 'data-reviewed'),
      sources: [...document.querySelectorAll('[data-source] strong')].map((el) => el.textContent),
      h1: text('h1'),
      imageAlt: [...document.querySelectorAll('[data-exercise-page] svg[data-keyframe]')].at(-1)?.getAttribute('aria-label') ?? null,
      dose: text('[data-dose]'),
      doseShown: Boolean(dose && dose.offsetParent !== null),
      categoryName: text('.dose-box dd a[href*="/training/"]'),
      categoryHref: attribute('.dose-box dd a[href*="/training/"]', 'href'),
    };
  });
}

test('there are exercise pages to check', () => expect(exercisePages.length).toBeGreaterThanOrEqual(24));

test('every exercise page describes itself in schema.org terms that match the page', async ({ page }) => {
  test.setTimeout(30_000 + exercisePages.length * 2_000);
  // Days a week each category page recommends ("at least 2", "4 to 7").
  const daysOnCategoryPage = new Map<string, string>();
  for (const slug of ['strength', 'balance', 'bone-stability']) {
    await page.goto(url(`/training/${slug}/`));
    daysOnCategoryPage.set(url(`/training/${slug}/`), ((await page.locator('[data-recommendation] dd').first().textContent()) ?? '').trim());
  }

  for (const path of exercisePages) {
    await page.goto(path);
    const shown = await visibleFacts(page);
    expect(shown.jsonLd, path).toHaveLength(1);
    const data = JSON.parse(shown.jsonLd[0]!);
    const plan = data.mainEntity;

    expect(data['@context'], path).toBe('https://schema.org');
    expect(data['@type'], path).toBe('MedicalWebPage');
    expect(data.medicalAudience, path).toBe('https://schema.org/Patient');
    expect(data.url, path).toBe(shown.canonical);
    expect(new URL(data.url).pathname, path).toBe(path);
    expect(data.description, path).toBe(shown.description);
    expect(data.lastReviewed, path).toBe(shown.reviewed);
    expect(data.citation.map((c: { name: string }) => c.name), path).toEqual(shown.sources);

    expect(plan['@type'], path).toBe('ExercisePlan');
    expect(plan.name, path).toBe(shown.h1);
    // The picture is the figure's last keyframe, as a file of its own that answers.
    const imagePath = new URL(plan.image.url).pathname;
    expect(imagePath, path).toBe(path.replace(/exercises\/([a-z0-9-]+)\/$/, 'figures/$1.svg'));
    expect((await page.request.get(imagePath)).status(), imagePath).toBe(200);
    expect(plan.image.description, path).toBe(shown.imageAlt);

    expect(shown.doseShown, `${path}: the dose is on screen`).toBe(true);
    expect(plan.additionalVariable, path).toBe(shown.dose);
    if (plan.repetitions) expect(shown.dose, path).toContain(`${range(plan.repetitions)} repetitions`);
    if (plan.activityDuration) {
      const unit = { SEC: 'seconds', MIN: 'minutes' }[plan.activityDuration.unitCode as string];
      expect(shown.dose, path).toContain(`${range(plan.activityDuration)} ${unit}`);
    }
    expect(Boolean(plan.repetitions) || Boolean(plan.activityDuration) || /session/.test(plan.additionalVariable), path).toBe(true);

    expect(plan.exerciseType, path).toBe(shown.categoryName);
    expect(plan.category, path).toMatch(/^https:\/\/schema\.org\/(StrengthTraining|Balance|AerobicActivity|AnaerobicActivity)$/);
    const days = daysOnCategoryPage.get(shown.categoryHref ?? '');
    expect(days, `${path} links to a category page`).toBeTruthy();
    expect(plan.activityFrequency, path).toBe(`${days} days a week`);
  }
});
