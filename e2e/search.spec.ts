import type { Locator, Page } from '@playwright/test';
import { pagefindOptions, type Pagefind } from '../src/islands/search/pagefind';
import { resultsPerPage } from '../src/lib/search/results';
import { readContent } from '../src/lib/content/files';
import { axeViolations } from './support/axe';
import { url } from './support/builtPages';
import { exercisePagesIn, exercisesIn, localeUrl, locales, wordsOf, type Locale } from './support/content';
import { expect, test } from './support/fixtures';

const exercisePages = exercisePagesIn('en');
const [firstExercise] = exercisesIn('en');

const searchBox = (page: Page, locale: Locale = 'en') => page.getByRole('searchbox', { name: wordsOf(locale)('search.label') });
const status = (page: Page) => page.locator('[data-search-status]');
const hits = (page: Page) => page.locator('[data-search-hit]');
const idleResults = (page: Page) => page.locator('[data-search-results]:not([aria-busy])');

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Types like a reader and waits until the results for exactly these words are announced, in
 * whichever quotation marks (the test of the status checks that they are the language's own).
 */
async function search(page: Page, query: string, locale: Locale = 'en') {
  await searchBox(page, locale).pressSequentially(query);
  await expect(status(page)).toHaveText(new RegExp(`[„“"]${escaped(query)}[“”"]`));
  await expect(idleResults(page)).toHaveCount(1);
}

/** Every link (result titles and entries on a page) in the first `count` results. */
async function linksInTop(page: Page, count: number): Promise<string[]> {
  const links: string[] = [];
  const shown = Math.min(count, await hits(page).count());
  for (let i = 0; i < shown; i += 1) {
    links.push(...(await hits(page).nth(i).locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))));
  }
  return links;
}

/** Clicks "Show more results" until every result is on the page; returns the result titles' links. */
async function allResultLinks(page: Page): Promise<Locator> {
  await expect(idleResults(page)).toHaveCount(1);
  await expect(status(page)).toContainText(/result|Nothing/);
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const before = await hits(page).count();
    await more.click();
    await expect(hits(page)).not.toHaveCount(before);
  }
  return page.locator('[data-search-hit] [data-result-link]');
}

/** Opens the filters unless an address with filters already opened them. */
async function openFilters(page: Page) {
  const summary = page.getByText('Narrow the results', { exact: true });
  if ((await page.locator('details').getAttribute('open')) === null) await summary.click();
}

/** The number the live region announces, e.g. 12 in "12 results for …". */
async function announcedCount(page: Page): Promise<number> {
  await expect(idleResults(page)).toHaveCount(1);
  const text = (await status(page).textContent()) ?? '';
  return /^Nothing/.test(text) ? 0 : Number(/^(\d+) result/.exec(text)?.[1] ?? NaN);
}

/** Whether a site path belongs to the other language's pages (German pages sit under /de/). */
const inLocale = (locale: Locale, href: string) => (locale === 'en' ? !href.startsWith(localeUrl('de', '/')) : href.startsWith(localeUrl(locale, '/')));

/**
 * Words readers type for each exercise, from its words in that language: an alias other than
 * the title, so the test follows the content instead of naming ids.
 */
const aliasQueries = (locale: Locale) =>
  exercisesIn(locale).flatMap(({ id, title, aliases }) => {
    const alias = aliases.find((a) => a.toLowerCase() !== title.toLowerCase());
    return alias ? [{ query: alias, expected: localeUrl(locale, `/exercises/${id}/`) }] : [];
  });

test.describe('typing a query', () => {
  const expectations: [query: string, expected: string][] = [
    ['balance', '/training/balance/'],
    ['Funktionstraining', '/courses/functional-training/'],
    ['sit-ups', '/activities/#sit-ups'],
    ['swimming', '/activities/#swimming'],
    ['physiotherapy', '/courses/physical-therapy/'],
    ['golf', '/activities/#golf'],
    ['Rehasport', '/courses/functional-training/'],
    ['broken vertebra', '/spine/'],
    ['carrying shopping', '/everyday/'],
    ['socks', '/everyday/'],
    ['lifting', '/everyday/'],
    ['sneezing', '/everyday/'],
  ];
  test('each of a reader’s words shows the page they mean among the first three results', async ({ page }) => {
    await page.goto(url('/search/'));
    for (const [query, expected] of expectations) {
      await searchBox(page).clear();
      await search(page, query);
      expect.soft(await linksInTop(page, 3), `"${query}" shows ${expected}`).toContain(url(expected));
    }
  });

  for (const locale of locales) {
    /*
     * One alias per exercise, so this grows with the library: the words go straight to
     * Pagefind, with the search page's options, in one page load (the test above types).
     */
    test(`${locale}: each exercise's alias finds it among the first three results, and only pages in ${locale}`, async ({ page }) => {
      const queries = aliasQueries(locale);
      expect(queries.length).toBeGreaterThan(0);
      await page.goto(localeUrl(locale, '/search/'));
      const found = await page.evaluate(
        async ({ bundle, options, words, shown }) => {
          const pagefind = (await import(bundle)) as Pagefind;
          await pagefind.options(options);
          const urls: string[][] = [];
          for (const word of words) {
            const { results } = await pagefind.search(word, { filters: {} });
            urls.push(await Promise.all(results.slice(0, shown).map(async (result) => (await result.data()).url)));
          }
          return urls;
        },
        { bundle: url('/pagefind/pagefind.js'), options: { baseUrl: url('/'), ...pagefindOptions }, words: queries.map((q) => q.query), shown: resultsPerPage },
      );
      for (const [i, { query, expected }] of queries.entries()) {
        expect.soft(found[i]!.slice(0, 3), `"${query}" finds ${expected}`).toContain(expected);
        expect.soft(found[i]!.filter((href) => !inLocale(locale, href)), `"${query}" finds no page of another language`).toEqual([]);
      }
    });

    test(`${locale}: the status names the words typed in the language's own quotation marks`, async ({ page }) => {
      const [exercise] = exercisesIn(locale);
      await page.goto(localeUrl(locale, '/search/'));
      await search(page, exercise!.title, locale);
      await expect(status(page)).toContainText(wordsOf(locale)('search.quoted', { query: exercise!.title }));
    });

    test(`${locale}: each everyday task is found by its title, its own section the first one linked`, async ({ page }) => {
      await page.goto(localeUrl(locale, '/everyday/'));
      const tasks = await page.locator('section[data-everyday]').evaluateAll((sections) =>
        sections.map((section) => ({ id: section.getAttribute('data-everyday')!, title: section.querySelector('h2')!.textContent!.trim() })),
      );
      expect(tasks.length).toBeGreaterThan(0);
      await page.goto(localeUrl(locale, '/search/'));
      for (const { id, title } of tasks) {
        await searchBox(page, locale).clear();
        await search(page, title, locale);
        const first = hits(page).first();
        await expect.soft(first.locator('[data-result-link]'), title).toHaveAttribute('href', localeUrl(locale, '/everyday/'));
        await expect.soft(first.locator('a:not([data-result-link])').first(), title).toHaveAttribute('href', localeUrl(locale, `/everyday/#${id}`));
      }
    });
  }

  test('"back pain" leads first to safety advice or a back exercise', async ({ page }) => {
    await page.goto(url('/search/'));
    await search(page, 'back pain');
    const backExercises = exercisesIn('en').filter((e) => (e.facts.bodyAreas as string[]).includes('back')).map((e) => `/exercises/${e.id}/`);
    const sensible = ['/safety/', '/spine/', ...backExercises];
    expect(sensible.map((path) => url(path))).toContain(await hits(page).first().locator('[data-result-link]').getAttribute('href'));
  });

  for (const locale of locales) {
    test(`${locale}: results show the type, category, level and dose of the exercise page, and mark the matching words`, async ({ page }) => {
      const t = wordsOf(locale);
      const [exercise] = exercisesIn(locale);
      await page.goto(localeUrl(locale, `/exercises/${exercise!.id}/`));
      // "Muscle strength, Level 6 of 10" on the page is "Muscle strength · Level 6 of 10" in a result.
      const kind = (await page.locator('.dose-box dd:has(a[href*="/training/"])').textContent())!.trim().replace(', ', ' · ');
      const dose = (await page.locator('[data-dose]').textContent())!.trim();
      await page.goto(localeUrl(locale, '/search/'));
      await search(page, exercise!.title, locale);
      const first = hits(page).first();
      await expect(first.locator('[data-result-link]')).toHaveText(exercise!.title);
      await expect(first.locator('[data-result-link]')).toHaveAttribute('href', localeUrl(locale, `/exercises/${exercise!.id}/`));
      await expect(first.locator('[data-result-facts]')).toHaveText(`${t('search.type.exercise')} · ${kind} · ${dose}`);
      const marked = (await first.locator('[data-result-excerpt] mark').first().textContent())!.toLowerCase();
      expect(exercise!.title.toLowerCase(), `"${marked}" is one of the words typed`).toContain(marked.slice(0, 4));
    });
  }

  test('an exercise result shows its figure\'s last keyframe as a small lazy picture with empty alt; other pages show none', async ({ page }) => {
    await page.goto(url('/search/'));
    await search(page, 'balance');
    const shown = await hits(page).evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('[data-result-link]')!.getAttribute('href')!,
        pictures: [...item.querySelectorAll('img')].map((img) => ({ src: img.getAttribute('src'), alt: img.getAttribute('alt'), loading: img.loading })),
      })),
    );
    const exercises = shown.filter(({ href }) => href.startsWith(url('/exercises/')) && href !== url('/exercises/'));
    expect(exercises.length).toBeGreaterThan(0);
    for (const { href, pictures } of shown) {
      const id = /\/exercises\/([a-z0-9-]+)\/$/.exec(href)?.[1];
      expect(pictures, href).toEqual(exercises.some((e) => e.href === href) ? [{ src: url(`/figures/${id}.svg`), alt: '', loading: 'lazy' }] : []);
    }
    const picture = hits(page).locator('img').first();
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  test('what the reader types is shown as text, never run as HTML', async ({ page }) => {
    await page.goto(url('/search/'));
    const typed = '<img src=x onerror="document.title=1">';
    await searchBox(page).fill(typed);
    await expect(status(page)).toContainText(`“${typed}”`);
    await expect(page.locator('[data-search-output] img:not([data-result-picture] > img)')).toHaveCount(0);
    await expect(page).toHaveTitle(/OsteoMove/);
  });
});

test.describe('filters', () => {
  test('the type filter keeps only pages of that type', async ({ page }) => {
    await page.goto(url('/search/'));
    await search(page, 'walking');
    const unfiltered = await announcedCount(page);
    await openFilters(page);
    await page.getByLabel('Type of page').selectOption('exercise');
    const filtered = await announcedCount(page);
    expect(filtered).toBeLessThan(unfiltered);
    for (const href of await (await allResultLinks(page)).evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(exercisePages).toContain(href);
    }
  });

  test('with no words, the type filter alone lists every exercise, a few at a time', async ({ page }) => {
    await page.goto(url('/search/?type=exercise'));
    expect(await announcedCount(page)).toBe(exercisePages.length);
    await expect(status(page)).toContainText('the filters you chose');
    const shownFirst = await hits(page).count();
    expect(shownFirst).toBeLessThan(exercisePages.length);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(hits(page).nth(shownFirst).locator('[data-result-link]'), 'focus moves to the first new result').toBeFocused();
  });

  test('category and level filters keep only matching exercises', async ({ page }) => {
    await page.goto(url('/search/?type=exercise'));
    const allExercises = await announcedCount(page);
    await page.getByLabel('Kind of training').selectOption('balance');
    expect(await announcedCount(page)).toBeLessThan(allExercises);
    for (const facts of await page.locator('[data-result-facts]').allTextContents()) expect(facts).toContain('Balance and coordination');

    await page.getByLabel('Kind of training').selectOption('');
    await page.getByLabel('How hard').selectOption('easy');
    expect(await announcedCount(page)).toBeLessThan(allExercises);
    await allResultLinks(page);
    for (const facts of await page.locator('[data-result-facts]').allTextContents()) {
      const [, level, count] = /Level (\d+) of (\d+)/.exec(facts)!.map(Number);
      expect(level! - 1, facts).toBeLessThan(count! / 3);
    }
  });

  test('equipment, spine and holding-on filters match what each exercise page says', async ({ page }) => {
    test.slow();
    /** What each exercise page itself says, read from its HTML: "You need …" and the flags under the title. */
    const youNeed = (html: string) => /<dt[^>]*>You need<\/dt>\s*<dd[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
    const flags = (html: string) => /<ul[^>]*data-flags[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const checks: [apply: () => Promise<unknown>, says: (html: string) => boolean][] = [
      [() => page.getByLabel('You need').selectOption('chair'), (html) => youNeed(html).includes('Chair')],
      [() => page.getByLabel('Suitable when the spine is affected').check(), (html) => flags(html).includes('Suitable when the spine is affected')],
      [() => page.getByLabel('Start holding on').check(), (html) => flags(html).includes('Start holding on')],
    ];
    for (const [apply, says] of checks) {
      await page.goto(url('/search/?type=exercise'));
      const allExercises = await announcedCount(page);
      await openFilters(page);
      await apply();
      const filtered = await announcedCount(page);
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(allExercises);
      for (const href of await (await allResultLinks(page)).evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
        expect(says(await (await page.request.get(href)).text()), href).toBe(true);
      }
    }
  });

  test('"easiest first" orders the exercises of a category by level', async ({ page }) => {
    await page.goto(url('/search/?type=exercise&category=strength&sort=level'));
    await expect(page.getByLabel('Order')).toHaveValue('level');
    await allResultLinks(page);
    const levels = (await page.locator('[data-result-facts]').allTextContents()).map((facts) => Number(/Level (\d+)/.exec(facts)![1]));
    expect(levels.length).toBeGreaterThan(1);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });
});

test.describe('the address', () => {
  test('a ?q= link shows its results on arrival, with its filters set', async ({ page }) => {
    const { query, expected } = aliasQueries('en')[0]!;
    await page.goto(url(`/search/?q=${encodeURIComponent(query)}&type=exercise`));
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    await expect(searchBox(page)).toHaveValue(query);
    await expect(page.getByLabel('Type of page')).toHaveValue('exercise');
    await expect(status(page)).toContainText(`“${query}”`);
    expect(await linksInTop(page, 3)).toContain(expected);
  });

  test('the address follows the search, so the back button returns to the results', async ({ page }) => {
    const query = firstExercise!.title;
    await page.goto(url('/search/'));
    await search(page, query);
    await expect(page).toHaveURL(url(`/search/?${new URLSearchParams({ q: query })}`));
    await hits(page).first().locator('[data-result-link]').click();
    await expect(page).toHaveURL(url(`/exercises/${firstExercise!.id}/`));
    await page.goBack();
    await expect(searchBox(page)).toHaveValue(query);
    await expect(hits(page).first()).toBeVisible();
  });

  test('values an address may not carry are ignored', async ({ page }) => {
    await page.goto(url('/search/?q=golf&type=nonsense&level=extreme'));
    await expect(page.getByLabel('Type of page')).toHaveValue('');
    await expect(status(page)).toContainText('“golf”');
  });
});

test('the keyboard alone can search, open a result and clear the box', async ({ page }) => {
  await page.goto(url('/search/'));
  for (let i = 0; i < 30 && !(await searchBox(page).evaluate((box) => box === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(firstExercise!.title);
  await expect(status(page)).toContainText(`“${firstExercise!.title}”`);
  const inResults = () => page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-hit]')));
  for (let i = 0; i < 6 && !(await inResults()); i += 1) await page.keyboard.press('Tab');
  expect(await inResults()).toBe(true);
  const target = await page.evaluate(() => document.activeElement!.getAttribute('href'));
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue(firstExercise!.title);
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(hits(page)).toHaveCount(0);
  await expect(page).toHaveURL(url('/search/'));
  await page.keyboard.type(firstExercise!.title);
  await expect(status(page)).toContainText(`“${firstExercise!.title}”`);
  for (let i = 0; i < 6 && !(await inResults()); i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target!);
});

test('Pagefind loads only once the reader starts searching', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  for (const path of ['/', `/exercises/${firstExercise!.id}/`, '/activities/', '/search/']) {
    await page.goto(url(path));
    await page.waitForLoadState('networkidle');
  }
  expect(pagefindRequests).toEqual([]);
  const loading = page.waitForRequest((request) => request.url().endsWith(url('/pagefind/pagefind.js')));
  await searchBox(page).focus();
  await loading;
});

test('the search page with results and filters open has no accessibility violations', async ({ page }) => {
  await page.goto(url('/search/?q=walking&sort=level'));
  await expect(page.locator('details')).toHaveAttribute('open', '');
  await expect(hits(page).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  for (const locale of locales) {
    const [activity] = readContent('activities', locale);
    await page.goto(localeUrl(locale, `/search/?${new URLSearchParams({ q: String(activity!.words.title) })}`));
    await expect(hits(page).first().getByRole('link', { name: String(activity!.words.title), exact: true })).toBeVisible();
    expect(await axeViolations(page), locale).toEqual([]);
  }
});

for (const locale of locales) {
  const t = wordsOf(locale);
  const [activity] = readContent('activities', locale);
  const title = String(activity!.words.title);
  const exercisePage = localeUrl(locale, `/exercises/${exercisesIn(locale)[0]!.id}/`);

  test(`${locale}: the header search on a content page opens the search page of its language with the results`, async ({ page }) => {
    await page.goto(exercisePage);
    const header = page.getByRole('search', { name: t('header.searchLabel') });
    await header.getByRole('searchbox').fill(title);
    await header.getByRole('button', { name: t('header.searchLink') }).click();
    await expect(page).toHaveURL(localeUrl(locale, `/search/?${new URLSearchParams({ q: title })}`));
    await expect(hits(page).first().getByRole('link', { name: title, exact: true })).toHaveAttribute('href', localeUrl(locale, `/activities/#${activity!.id}`));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test(`${locale}: the header search still leads to the search page, which explains and links to the library`, async ({ page }) => {
      await page.goto(exercisePage);
      const header = page.getByRole('search', { name: t('header.searchLabel') });
      await header.getByRole('searchbox').fill(title);
      await header.getByRole('searchbox').press('Enter');
      await expect(page).toHaveURL(localeUrl(locale, `/search/?${new URLSearchParams({ q: title })}`));
      await expect(page.locator('main')).toContainText(t('search.noJs').split('.')[0]!);
      await expect(page.locator('main').getByRole('link', { name: t('search.browse') })).toHaveAttribute('href', localeUrl(locale, '/exercises/'));
      await expect(searchBox(page, locale)).toBeHidden();
    });
  });
}
