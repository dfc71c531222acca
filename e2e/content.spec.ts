import { loadContentExercises } from '../src/lib/plan/testing/content';
import { url } from './support/builtPages';
import { expect, test } from './support/fixtures';

/** The content's own exercises, per category, easiest first: the order the library must show. */
const content = loadContentExercises();
const expected = Object.fromEntries(
  ['strength', 'balance', 'bone'].map((category) => [
    category,
    content.filter((e) => e.category === category).sort((a, b) => a.level - b.level).map((e) => e.id),
  ]),
);
const ladder = ['none', 'low', 'moderate', 'high'];

test('the library lists every exercise, grouped by category and ordered by level, gentlest impact first', async ({ page }) => {
  await page.goto(url('/exercises/'));
  for (const [category, ids] of Object.entries(expected)) {
    const cards = page.locator(`[data-category-group="${category}"] [data-exercise-card]`);
    await expect(cards).toHaveCount(ids.length);
    expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-exercise-card')))).toEqual(ids);
    const impacts = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-impact') ?? ''));
    const ranks = impacts.map((impact) => ladder.indexOf(impact));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }
});

test('every exercise page is reachable from the library and shows its dose, steps and sources', async ({ page }) => {
  await page.goto(url('/exercises/'));
  const links = await page.locator('[data-exercise-card] h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  expect(links).toHaveLength(Object.values(expected).flat().length);
  for (const link of links) {
    const response = await page.goto(link);
    expect(response?.status(), link).toBe(200);
    const shown = await page.evaluate(() => {
      const visible = (selector: string) => {
        const element = document.querySelector<HTMLElement>(selector);
        return Boolean(element && element.offsetParent !== null && element.textContent?.trim());
      };
      const drawings = [...document.querySelectorAll<SVGElement>('[data-exercise-page] figure-player svg[data-keyframe]')];
      return {
        dose: visible('[data-dose]'),
        firstStep: visible('.exercise-body ol > li'),
        source: visible('[data-source]'),
        reviewDates: document.querySelectorAll('[data-reviewed]').length,
        keyframes: drawings.map((svg) => svg.dataset.keyframe),
        names: drawings.map((svg) => svg.getAttribute('aria-label') ?? ''),
        drawn: drawings.every((svg) => svg.getBoundingClientRect().width > 100),
      };
    });
    const { keyframes, names, ...facts } = shown;
    expect(facts, link).toEqual({ dose: true, firstStep: true, source: true, reviewDates: 1, drawn: true });
    expect(keyframes, link).toEqual(keyframes.map((_, i) => String(i + 1)));
    expect(keyframes.length, link).toBeGreaterThanOrEqual(2);
    for (const name of names) expect(name, link).toMatch(/.{8,}/);
  }
});

test('easier and harder links lead to real exercise pages in both directions', async ({ page }) => {
  const ids = Object.values(expected).flat();
  const html = await Promise.all(ids.map(async (id) => (await page.request.get(url(`/exercises/${id}/`))).text()));
  await page.goto(url('/exercises/'));
  // Parsed in the page without rendering: only the links matter here.
  const variants = await page.evaluate(
    (pages) =>
      pages.map((source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const link = (kind: string) => doc.querySelector(`[data-variant="${kind}"] a`)?.getAttribute('href') ?? null;
        return { easier: link('easier'), harder: link('harder') };
      }),
    html,
  );
  const pageOf = (id: string) => url(`/exercises/${id}/`);
  const linked = variants.flatMap((v, i) => [
    ...(v.harder ? [{ from: pageOf(ids[i]!), to: v.harder, back: 'easier' as const }] : []),
    ...(v.easier ? [{ from: pageOf(ids[i]!), to: v.easier, back: 'harder' as const }] : []),
  ]);
  expect(linked.length).toBeGreaterThan(ids.length);
  for (const { from, to, back } of linked) {
    const target = ids.findIndex((id) => pageOf(id) === to);
    expect(target, `${from} links to ${to}`).toBeGreaterThanOrEqual(0);
    expect(variants[target]![back], `${to} links back to ${from}`).toBe(from);
  }

  await page.goto(url('/exercises/sit-to-stand/'));
  await page.locator('[data-variant="harder"] a').click();
  await expect(page.locator('[data-variant="easier"] a')).toHaveAttribute('href', url('/exercises/sit-to-stand/'));
});

test('the category pages show the recommended doses from the source', async ({ page }) => {
  await page.goto(url('/training/strength/'));
  const strength = page.locator('[data-recommendation="strength"]');
  await expect(strength).toContainText('at least 2');
  await expect(strength).toContainText('6 to 8');
  await expect(strength).toContainText('2 to 3');
  await expect(strength).toContainText('8 to 12');

  await page.goto(url('/training/balance/'));
  const balance = page.locator('[data-recommendation="balance"]');
  await expect(balance).toContainText('4 to 7');
  await expect(balance).toContainText('30 to 60 seconds');
  await expect(balance).toContainText('about 15 minutes');
  await expect(page.locator('main')).toContainText('brush your teeth');

  await page.goto(url('/training/bone-stability/'));
  const bone = page.locator('[data-recommendation="bone"]');
  await expect(bone).toContainText('at least 2');
  await expect(bone).toContainText('2 to 3');
  await expect(bone).toContainText('3 to 5');
  await expect(bone).toContainText('10');
  await expect(page.locator('main')).toContainText('several weeks');
});

test('the courses show who pays and for how long in Germany', async ({ page }) => {
  await page.goto(url('/courses/'));
  await expect(page.locator('[data-course]')).toHaveCount(3);
  await page.goto(url('/courses/physical-therapy/'));
  await expect(page.locator('main')).toContainText('six');
  await expect(page.locator('main')).toContainText('20');
  await expect(page.locator('main')).toContainText('six months');
  await page.goto(url('/courses/functional-training/'));
  await expect(page.locator('main')).toContainText('two years');
  await expect(page.locator('main')).toContainText(/once or twice a week/i);
});

test('the activities page gives each activity its verdict', async ({ page }) => {
  await page.goto(url('/activities/'));
  const verdictOf = (id: string) => page.locator(`[data-activity="${id}"]`).getAttribute('data-verdict');
  expect(await verdictOf('jogging')).toBe('strengthens-bones');
  expect(await verdictOf('swimming')).toBe('other-benefits');
  expect(await verdictOf('yoga')).toBe('take-care');
  expect(await verdictOf('sit-ups')).toBe('avoid');
  expect(await verdictOf('golf')).toBe('avoid');
});

test('the library filters narrow the list and say how many are shown', async ({ page }) => {
  await page.goto(url('/exercises/'));
  const visibleCards = page.locator('li:not([hidden]) > [data-exercise-card]');
  const total = await visibleCards.count();
  await page.getByLabel('suit an affected spine').check();
  await expect(page.locator('[data-filter-status]')).toContainText('of');
  const spineCount = await visibleCards.count();
  expect(spineCount).toBeLessThan(total);
  for (const spine of await visibleCards.evaluateAll((els) => els.map((el) => el.getAttribute('data-spine')))) {
    expect(spine).toBe('1');
  }
  await page.getByLabel('suit an affected spine').uncheck();
  await page.getByLabel('land gently: no jogging or jumping').check();
  const gentle = await visibleCards.evaluateAll((els) => els.map((el) => el.getAttribute('data-impact')));
  expect(gentle.length).toBeLessThan(total);
  for (const impact of gentle) expect(['none', 'low']).toContain(impact);
  await page.getByLabel('land gently: no jogging or jumping').uncheck();
  await expect(visibleCards).toHaveCount(total);
});
