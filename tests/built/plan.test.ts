/**
 * The plan page names the file of exercise facts its island fetches, and that file holds every
 * exercise of the content in the page's language, as the generator reads them.
 */
import { describe, expect, it } from 'vitest';
import { localeUrl, locales } from '../../e2e/support/content';
import type { PlanExercise } from '../../src/lib/plan';
import { loadContentExercises } from '../../src/lib/plan/testing/content';
import { routes } from '../../src/lib/routes';
import { page, servedText } from './support/site';

const byId = (a: PlanExercise, b: PlanExercise) => a.id.localeCompare(b.id);

describe.each(locales)('the %s plan page', (locale) => {
  it('names the exercises file of its language, which holds every exercise of the content', () => {
    const address = page(localeUrl(locale, routes.plan)).querySelector('plan-builder')?.getAttribute('data-exercises');
    expect(address).toBe(localeUrl(locale, routes.planExercises));
    const served = JSON.parse(servedText(address!)) as PlanExercise[];
    expect([...served].sort(byId)).toEqual(loadContentExercises(locale).sort(byId));
  });
});
