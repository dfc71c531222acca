/*
 * Every page, run with the site's Content-Security-Policy enforced, must do all it does
 * without a single violation: once as hosts with header files send it (public/_headers,
 * added to each response here), once as hosts without them leave it (Astro's <meta> tag only).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { neutralPath } from '../src/i18n/locales';
import { metaDirectives, parsePolicy } from '../src/lib/security/headers';
import { parseHeadersFile } from '../src/lib/security/headersFile';
import { builtFile, builtPages, url } from './support/builtPages';
import { exercisesIn, localeUrl, type Locale } from './support/content';
import { expect, test } from './support/fixtures';

const headers = parseHeadersFile(readFileSync('public/_headers', 'utf8')).get('/*') ?? {};

/**
 * Pages whose scripts only run when the reader does something, by their language-neutral path;
 * the test does it, so those scripts run under the policy too, in whichever language is loaded.
 */
const interactions: Record<string, (page: Page, locale: Locale) => Promise<void>> = {
  '/exercises/': async (page) => {
    await page.locator('[data-filter-form] input[type="checkbox"]').first().check();
    await expect(page.locator('[data-filter-status]')).not.toBeEmpty();
  },
  '/search/': async (page, locale) => {
    const [exercise] = exercisesIn(locale);
    await page.locator('main').getByRole('searchbox').fill(exercise!.title);
    await expect(page.locator(`main a[href^="${localeUrl(locale, `/exercises/${exercise!.id}/`)}"]`).first()).toBeVisible();
  },
  '/sheets/': async (page) => {
    await page.locator('[data-sheets-form] input[type="checkbox"]').first().click();
  },
  '/plan/': async (page) => {
    await page.locator('[data-plan-form] input[type="checkbox"]').first().click();
    await expect(page).toHaveURL(/\/plan\/\?.+/);
  },
};

/** A built page's language and language-neutral path. */
const neutral = (path: string) => neutralPath(`/${path.slice(url('/').length)}`);

/**
 * What decides whether a page keeps to the policy: the scripts and styles it loads, inline code,
 * style attributes and event-handler attributes. Pages alike in all of these behave alike under
 * the policy, whatever their route or text (all exercise pages, the guidance and course pages),
 * so one of each kind is loaded, which keeps the test quick for any number of pages. Images and
 * other files are same-origin by construction (the link check and the other-host check in every
 * test see to that).
 */
function policyFootprint(path: string): string {
  const html = readFileSync(builtFile(path), 'utf8').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
  return [
    ...html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [],
    ...html.match(/<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*>/g) ?? [],
    ...html.match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? [],
    /<[^>]+\sstyle=/.test(html) ? 'style attribute' : '',
    /<[^>]+\son[a-z]+=/.test(html) ? 'event-handler attribute' : '',
  ].join('\n');
}

/** One page of each footprint, with how many pages it stands for. */
function pageKinds(): { path: string; alike: number }[] {
  const kinds = Map.groupBy(builtPages(), policyFootprint);
  return [...kinds.values()].map((paths) => ({ path: paths[0]!, alike: paths.length - 1 }));
}

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) logged.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`), true);
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

async function visit(page: Page, path: string) {
  const notFoundPage = path.endsWith('404.html');
  const response = await page.goto(notFoundPage ? path.replace('404.html', 'no-such-page/') : path);
  expect(response?.status()).toBe(notFoundPage ? 404 : 200);
  // Lazy images load once scrolled into view; they are fetched under the policy too, so all of them are asked for now.
  await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((image) => ((image as HTMLImageElement).loading = 'eager')));
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const { locale, path: neutralOne } = neutral(path);
  await interactions[neutralOne]?.(page, locale);
}

test('public/_headers sends a Content-Security-Policy to every path', () => {
  expect(parsePolicy(headers['Content-Security-Policy'] ?? '').get('default-src')).toEqual(["'self'"]);
});

test('each page whose scripts wait for the reader is loaded and used', () => {
  const loaded = pageKinds().map((kind) => neutral(kind.path).path);
  for (const path of Object.keys(interactions)) expect(loaded).toContain(path);
});

for (const { path, alike } of pageKinds()) {
  const kind = alike > 0 ? ` (and ${alike} pages like it)` : '';
  test(`${path}${kind} runs without violation under the header policy and under the meta tag alone`, async ({ page, context, browser, baseURL }) => {
    // Header policy: the test's own page (watched by the fixture too), every response of this origin with the _headers headers.
    const ownOrigin = new URL(baseURL!).origin;
    const servedWithHeader: string[] = [];
    await context.route(
      (address) => address.origin === ownOrigin,
      async (route) => {
        const response = await route.fetch();
        servedWithHeader.push(new URL(route.request().url()).pathname);
        await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
      },
    );
    const headerViolations = await watchViolations(page);
    await visit(page, path);
    expect(await headerViolations(), 'under the header policy').toEqual([]);
    if (neutral(path).path === '/search/') {
      // Pagefind compiled its WebAssembly under the header policy ('wasm-unsafe-eval'), and a worker, if it used one, came with the policy too.
      expect(servedWithHeader.some((p) => /\/pagefind\/wasm\.[^/]+\.pagefind$/.test(p)), 'Pagefind loaded its WebAssembly').toBe(true);
      for (const worker of page.workers()) expect(servedWithHeader, 'the worker script came with the policy').toContain(new URL(worker.url()).pathname);
    }

    // Meta tag only, in a context of its own without the route.
    const metaContext = await browser.newContext({ baseURL });
    try {
      const metaOnly = await metaContext.newPage();
      const metaViolations = await watchViolations(metaOnly);
      await visit(metaOnly, path);
      const meta = metaOnly.locator('meta[http-equiv="content-security-policy"]');
      await expect(meta).toHaveCount(1);
      const policy = parsePolicy((await meta.getAttribute('content')) ?? '');
      for (const directive of metaDirectives) {
        const [name = '', ...sources] = directive.split(' ');
        expect(policy.get(name), name).toEqual(sources);
      }
      expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
      expect(await metaViolations(), 'under the meta tag').toEqual([]);
    } finally {
      await metaContext.close();
    }
  });
}
