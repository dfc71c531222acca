/**
 * The JSON-LD of each exercise page, in each language, says what the page shows: the same name,
 * dose, review date, picture, kind of training and the days a week its category page recommends
 * (its inLanguage is tests/built/i18n.test.ts's).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exercisesIn, localeUrl, locales, wordsOf } from '../../e2e/support/content';
import { recommendations } from '../../src/lib/recommendations';
import { routes } from '../../src/lib/routes';
import type { Category } from '../../src/schemas/vocabulary';
import { builtFile, page, textOf } from './support/site';

interface Quantity {
  minValue: number;
  maxValue: number;
  unitCode?: string;
}

describe.each(locales)('the %s exercise pages', (locale) => {
  const t = wordsOf(locale);
  /** "8 to 12" ("8 bis 12"), or "10" when both ends are the same, as the page writes a range. */
  const range = ({ minValue, maxValue }: Quantity) => (minValue === maxValue ? `${minValue}` : t('dose.range', { min: minValue, max: maxValue }));
  const exercises = exercisesIn(locale);

  it('are there to check', () => expect(exercises.length).toBeGreaterThanOrEqual(24));

  describe.each(exercises)('$id', ({ id, facts }) => {
    const path = localeUrl(locale, routes.exercise(id));
    const root = page(path);
    const scripts = root.querySelectorAll('script[type="application/ld+json"]');
    const data = JSON.parse(scripts[0]?.textContent ?? '{}');
    const plan = data.mainEntity ?? {};
    const attribute = (selector: string, name: string) => root.querySelector(selector)?.getAttribute(name) ?? null;
    const dose = textOf(root.querySelector('[data-dose]'));
    const categoryLink = root.querySelector('.dose-box dd a[href*="/training/"]');

    it('describes itself once, as a medical page for patients', () => {
      expect(scripts).toHaveLength(1);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('MedicalWebPage');
      expect(data.medicalAudience).toBe('https://schema.org/Patient');
      expect(data.url).toBe(attribute('link[rel="canonical"]', 'href'));
      expect(new URL(data.url).pathname).toBe(path);
      expect(data.description).toBe(attribute('meta[name="description"]', 'content'));
      expect(data.lastReviewed).toBe(attribute('[data-reviewed]', 'data-reviewed'));
      expect(data.citation.map((c: { name: string }) => c.name)).toEqual(root.querySelectorAll('[data-source] strong').map(textOf));
    });

    it('names the exercise and its picture as the page does', () => {
      expect(plan['@type']).toBe('ExercisePlan');
      expect(plan.name).toBe(textOf(root.querySelector('h1')));
      // The picture is the figure's last keyframe, as a file of its own in the build.
      const imagePath = new URL(plan.image.url).pathname;
      expect(imagePath).toBe(localeUrl('en', routes.figure(id)));
      expect(existsSync(builtFile(imagePath)), imagePath).toBe(true);
      expect(plan.image.description).toBe(root.querySelectorAll('[data-exercise-page] svg[data-keyframe]').at(-1)?.getAttribute('aria-label'));
    });

    it('gives the dose the page shows, in its numbers and units', () => {
      expect(plan.additionalVariable).toBe(dose);
      expect(Boolean(plan.repetitions) || Boolean(plan.activityDuration), 'repetitions or a duration').toBe(true);
      if (plan.repetitions) expect(dose).toContain(t('dose.reps', { reps: range(plan.repetitions) }));
      if (plan.activityDuration) {
        const unit = { SEC: 'dose.seconds', MIN: 'dose.minutes' }[plan.activityDuration.unitCode as string] as 'dose.seconds' | 'dose.minutes';
        expect(unit, plan.activityDuration.unitCode).toBeDefined();
        expect(dose).toContain(t(unit, { seconds: range(plan.activityDuration), minutes: range(plan.activityDuration) }));
      }
    });

    it('gives the kind of training and the days a week of its category page', () => {
      const category = facts.category as Category;
      expect(categoryLink?.getAttribute('href')).toBe(localeUrl(locale, routes.category(category)));
      expect(plan.exerciseType).toBe(textOf(categoryLink));
      expect(plan.category).toMatch(/^https:\/\/schema\.org\/(StrengthTraining|Balance|AerobicActivity|AnaerobicActivity)$/);
      const { min, max } = recommendations[category].daysPerWeek as { min: number; max?: number };
      expect(plan.activityFrequency).toBe(max === undefined ? t('structuredData.daysMin', { min }) : t('structuredData.daysRange', { min, max }));
      const days = textOf(page(localeUrl(locale, routes.category(category))).querySelector('[data-recommendation] dd'));
      expect(days).not.toBe('');
      expect(plan.activityFrequency).toContain(days);
    });
  });
});
