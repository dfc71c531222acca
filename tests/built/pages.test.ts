/**
 * What every built page holds, and what the exercise, library, category, course and activity
 * pages of each language show, read from the HTML. The browser specs keep only what needs a
 * browser: axe, layout, scripts and printing.
 */
import { describe, expect, it } from 'vitest';
import { exercisePagesIn, exercisesIn, localeUrl, locales, wordsOf, type Locale } from '../../e2e/support/content';
import { readContent } from '../../src/lib/content/files';
import { germanNameAdds } from '../../src/lib/courseName';
import { recommendations } from '../../src/lib/recommendations';
import { routes } from '../../src/lib/routes';
import { builtPages, envSite, page, textOf } from './support/site';

const pages = builtPages();

/** The routes in DESIGN.md are a contract: links to them get shared and printed. */
const contractRoutes = [
  '/', '/exercises/', '/training/strength/', '/training/balance/', '/training/bone-stability/',
  '/courses/', '/courses/prevention/', '/courses/physical-therapy/', '/courses/functional-training/', '/activities/',
  '/safety/', '/which-exercises/', '/spine/', '/everyday/', '/plan/', '/sheets/', '/search/', '/about/',
];

describe.each(locales)('the %s build', (locale) => {
  it('has every contract route and a page for every exercise', () => {
    const paths = [...contractRoutes, ...exercisesIn(locale).map((exercise) => routes.exercise(exercise.id))];
    expect(pages).toEqual(expect.arrayContaining(paths.map((path) => localeUrl(locale, path))));
  });
});

it('has a not-found page', () => expect(pages).toContain(`${envSite.basePath}404.html`));

describe.each(pages)('page %s', (path) => {
  it('has one main heading, one main region, a skip link to it and the site name in its title', () => {
    const root = page(path);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(textOf(root.querySelector('title'))).toMatch(/OsteoMove/);
    expect(root.querySelectorAll('a[href="#main-content"]')).toHaveLength(1);
    expect(root.querySelectorAll('#main-content')).toHaveLength(1);
  });
});

// The not-found page stands for no content, so it has nothing to have reviewed.
describe.each(pages.filter((path) => !path.endsWith('404.html')))('page %s', (path) => {
  it('says once when it was last reviewed', () => {
    const reviewed = page(path).querySelectorAll('[data-reviewed]');
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0]!.getAttribute('data-reviewed')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

const ladder = ['none', 'low', 'moderate', 'high'];
const categories = Object.keys(recommendations) as (keyof typeof recommendations)[];

describe.each(locales)('the %s exercises', (locale) => {
  const content = exercisesIn(locale);
  const library = () => page(localeUrl(locale, routes.exercises));
  const exercisePage = (id: string) => page(localeUrl(locale, routes.exercise(id)));

  it('are all in the library, grouped by category and ordered by level, gentlest impact first', () => {
    for (const category of categories) {
      const expected = content
        .filter((e) => e.facts.category === category)
        .sort((a, b) => Number(a.facts.level) - Number(b.facts.level))
        .map((e) => e.id);
      const cards = library().querySelectorAll(`[data-category-group="${category}"] [data-exercise-card]`);
      expect(cards.map((card) => card.getAttribute('data-exercise-card')), category).toEqual(expected);
      const ranks = cards.map((card) => ladder.indexOf(card.getAttribute('data-impact') ?? ''));
      expect(ranks.every((rank) => rank >= 0), category).toBe(true);
      expect(ranks, category).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('are each linked from the library, and the library links nothing else as an exercise', () => {
    const links = library().querySelectorAll('[data-exercise-card] h3 a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(exercisePagesIn(locale));
    expect(links).toHaveLength(content.length);
  });

  describe.each(content)('$id', (exercise) => {
    it('shows its title, dose, a source, one review date and its numbered keyframes with names', () => {
      const root = exercisePage(exercise.id);
      expect(textOf(root.querySelector('h1'))).toBe(exercise.title);
      expect(textOf(root.querySelector('[data-dose]'))).not.toBe('');
      expect(textOf(root.querySelector('[data-source]'))).not.toBe('');
      expect(root.querySelectorAll('[data-reviewed]')).toHaveLength(1);
      const drawings = root.querySelectorAll('[data-exercise-page] figure-player svg[data-keyframe]');
      expect(drawings.map((svg) => svg.getAttribute('data-keyframe'))).toEqual(exercise.keyframes.map((_, i) => String(i + 1)));
      expect(drawings.length).toBeGreaterThanOrEqual(2);
      for (const svg of drawings) expect(svg.getAttribute('aria-label') ?? '').toMatch(/.{8,}/);
    });

    it('lists the steps and cautions of its words, and its sheet repeats them word for word', () => {
      const root = exercisePage(exercise.id);
      const items = (selector: string) => root.querySelectorAll(selector).map(textOf);
      expect(items('.exercise-body ol[data-steps] > li')).toEqual(exercise.steps);
      expect(items('.exercise-body ul[data-cautions] > li')).toEqual(exercise.cautions);
      expect(items('.sheet-steps li')).toEqual(exercise.steps);
      expect(items('.sheet-cautions li')).toEqual(exercise.cautions);
    });
  });

  it('link to easier and harder ones that link back, in the same language', () => {
    const variant = (id: string, kind: 'easier' | 'harder') => exercisePage(id).querySelector(`[data-variant="${kind}"] a`)?.getAttribute('href') ?? null;
    const idOf = (href: string) => content.find((e) => localeUrl(locale, routes.exercise(e.id)) === href)?.id;
    let links = 0;
    for (const { id } of content) {
      for (const [kind, back] of [['harder', 'easier'], ['easier', 'harder']] as const) {
        const to = variant(id, kind);
        if (!to) continue;
        links += 1;
        const target = idOf(to);
        expect(target, `${id} links to ${to}`).toBeDefined();
        expect(variant(target!, back), `${to} links back to ${id}`).toBe(localeUrl(locale, routes.exercise(id)));
      }
    }
    expect(links).toBeGreaterThan(content.length);
  });
});

describe.each(locales)('the %s category pages', (locale: Locale) => {
  const t = wordsOf(locale);
  const range = ({ min, max }: { min: number; max?: number }) => (max === undefined || min === max ? `${max ?? min}` : t('dose.range', { min, max }));

  it.each(categories)('show the recommended doses from the source for %s', (category) => {
    const recommendation: Record<string, { min: number; max?: number } | number | string> = recommendations[category];
    const shown = textOf(page(localeUrl(locale, routes.category(category))).querySelector(`[data-recommendation="${category}"]`));
    for (const field of ['daysPerWeek', 'exercisesPerSession', 'sets', 'reps', 'secondsPerExercise', 'totalMinutes'] as const) {
      const value = recommendation[field];
      if (value === undefined) continue;
      const figure = typeof value === 'number' ? String(value) : range(value as { min: number; max?: number });
      expect(shown, field).toContain(figure);
    }
  });
});

describe('the English category pages', () => {
  const main = (path: string) => textOf(page(localeUrl('en', path)).querySelector('main'));
  it('say the days in words and add what the source advises around them', () => {
    expect(main(routes.category('strength'))).toContain('at least 2');
    expect(main(routes.category('balance'))).toContain('brush your teeth');
    expect(main(routes.category('bone'))).toContain('several weeks');
  });
});

describe.each(locales)('the %s courses and activities', (locale) => {
  it('list every course in its order', () => {
    const expected = readContent('courses', locale)
      .sort((a, b) => Number(a.facts.order) - Number(b.facts.order))
      .map((course) => course.id);
    expect(page(localeUrl(locale, routes.courses)).querySelectorAll('[data-course]').map((el) => el.getAttribute('data-course'))).toEqual(expected);
  });

  it('give the German name of a course, on its card and its page, wherever the title does not already say it', () => {
    const courses = readContent('courses', locale);
    expect(courses.length).toBeGreaterThan(0);
    for (const { id, facts, words } of courses) {
      const name = String(facts.germanName);
      const shown = germanNameAdds(String(words.title), name);
      const card = page(localeUrl(locale, routes.courses)).querySelector(`[data-course="${id}"]`);
      const factBox = page(localeUrl(locale, routes.course(id))).querySelector('.dose-box');
      for (const [where, element] of [['card', card], ['page', factBox]] as const) {
        expect(element?.querySelector('[lang="de"]')?.textContent, `${id}, ${where}`).toBe(shown ? name : undefined);
      }
    }
    // English readers always learn the German word they will hear.
    if (locale === 'en') for (const { words, facts } of courses) expect(germanNameAdds(String(words.title), String(facts.germanName))).toBe(true);
  });

  it('give each activity the verdict of its facts', () => {
    const root = page(localeUrl(locale, routes.activities));
    const activities = readContent('activities', locale);
    expect(activities.length).toBeGreaterThan(0);
    for (const { id, facts } of activities) expect(root.querySelector(`[data-activity="${id}"]`)?.getAttribute('data-verdict'), id).toBe(facts.verdict);
  });
});

describe('the English course pages', () => {
  const main = (id: string) => textOf(page(localeUrl('en', routes.course(id))).querySelector('main'));
  it('say who pays and for how long in Germany', () => {
    expect(main('physical-therapy')).toContain('six');
    expect(main('physical-therapy')).toContain('20');
    expect(main('physical-therapy')).toContain('six months');
    expect(main('functional-training')).toContain('two years');
    expect(main('functional-training')).toMatch(/once or twice a week/i);
  });
});
