/**
 * The saved copy: saved, it keeps pages never opened, the plan and the search working without
 * a network; and a new deploy replaces it as a whole. The tests serve the build from a server of
 * their own, which they can switch to another build or take down, so "offline" is real even
 * for requests the browser's offline switch does not reach.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { localeInfo } from '../src/i18n/locales';
import { formatMegabytes, type CopyList } from '../src/lib/offline/copy';
import { builtFile, envSite } from './support/builtPages';
import { exercisesIn, localeUrl, locales, wordsOf, type Locale } from './support/content';
import { expect, test } from './support/fixtures';

// The other specs block service workers (playwright.config.ts); these test one.
test.use({ serviceWorkers: 'allow' });

const previewPort = Number(process.env.PREVIEW_PORT ?? 4321);
/** Each describe has a server of its own, so the two can run on different workers at once. */
const ports = { saved: previewPort + 50, update: previewPort + 51 };
const originOf = (port: number) => `http://127.0.0.1:${port}`;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static server for one built folder at a time, under the site's base; `root = undefined` takes it down (503). */
class SwitchableSite {
  root: string | undefined;
  #server: Server;

  readonly #port: number;

  constructor(root: string, port: number) {
    this.root = root;
    this.#port = port;
    this.#server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url!, originOf(port)).pathname);
      const inside = path.startsWith(envSite.basePath) ? path.slice(envSite.basePath.length) : undefined;
      if (!this.root) return void response.writeHead(503).end();
      const file = inside === undefined ? undefined : join(this.root, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
      if (!file || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(readFileSync(file));
    });
  }

  start = () => new Promise<void>((done) => this.#server.listen(this.#port, '127.0.0.1', done));
  stop = () => new Promise<void>((done) => this.#server.close(() => done()));
}

const listOf = (dir: string, locale: Locale): CopyList =>
  JSON.parse(readFileSync(builtFile(localeUrl(locale, '/offline/copy.json'), { ...envSite, distDir: dir }), 'utf8')) as CopyList;

/** Saves the copy of a language from its /offline/ page, as a reader does. */
async function saveCopy(page: Page, locale: Locale) {
  const t = wordsOf(locale);
  await page.goto(localeUrl(locale, '/offline/'));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole('button', { name: t('offline.save') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('offline.saved') })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: t('offline.remove') })).toBeVisible();
}

/** Searches on the search page and gives the links of the results. */
async function searchFor(page: Page, locale: Locale, query: string): Promise<string[]> {
  await page.goto(`${localeUrl(locale, '/search/')}?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-results]:not([aria-busy]) [data-search-hit]').first()).toBeVisible();
  return page.locator('[data-search-hit] a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
}

test.describe('the saved copy', () => {
  test.use({ baseURL: originOf(ports.saved) });
  const site = new SwitchableSite(envSite.distDir, ports.saved);
  test.beforeAll(() => site.start());
  test.afterAll(() => site.stop());
  test.describe.configure({ mode: 'serial' });

  for (const locale of locales) {
    test(`${locale}: says its size, saves, and then reads, plans and searches without a network`, async ({ page, context }) => {
      const t = wordsOf(locale);
      const list = listOf(envSite.distDir, locale);
      site.root = envSite.distDir;
      await page.goto(localeUrl(locale, '/offline/'));
      // The size the page states is that of the files the button saves.
      await expect(page.getByText(t('offline.size', { size: formatMegabytes(list.bytes, localeInfo[locale].region) }))).toBeVisible();
      // Nothing but the page itself and its styles is kept before the reader asks.
      const kept = await page.evaluate(async () => {
        const names = await caches.keys();
        return (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)))).flat();
      });
      expect(kept.length).toBeLessThan(10);
      expect(kept.filter((url) => url.includes('/exercises/') || url.includes('/pagefind/'))).toEqual([]);
      await saveCopy(page, locale);
      const progress = page.locator('progress');
      await expect(progress).toHaveAttribute('max', String(list.urls.length));

      site.root = undefined;
      await context.setOffline(true);
      // A page never opened: an exercise, taken from the content.
      const exercise = exercisesIn(locale)[exercisesIn(locale).length - 1]!;
      const exercisePage = localeUrl(locale, `/exercises/${exercise.id}/`);
      await page.goto(exercisePage);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(exercise.title);
      await page.goto(localeUrl(locale, '/plan/'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('planPage.title'));
      await expect(page.locator('[data-plan-print]')).toBeVisible();
      // The island ran: it had its exercises and words from the copy.
      await expect(page.locator('[data-plan-output]')).toHaveAttribute('data-rendered', 'client');
      expect(await searchFor(page, locale, exercise.title)).toContain(exercisePage);
      await context.setOffline(false);
      site.root = envSite.distDir;
    });
  }

  test('can be removed again', async ({ page }) => {
    const t = wordsOf('en');
    site.root = envSite.distDir;
    await saveCopy(page, 'en');
    await page.getByRole('button', { name: t('offline.remove') }).click();
    await expect(page.getByRole('status').filter({ hasText: t('offline.removed') })).toBeVisible();
    await expect(page.getByRole('button', { name: t('offline.save') })).toBeFocused();
    expect(await page.evaluate(() => caches.keys())).not.toContainEqual(expect.stringMatching(/^osteomove-copy-/));
  });
});

/*
 * Two builds: the one under test (A) and a copy of the project with one exercise's words
 * changed (B), built by the test itself.
 */
const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const marker = 'Quokkaversion';

/** Builds the project again with `marker` added to the words of `id`, and gives the built folder. */
async function buildChanged(locale: Locale, id: string): Promise<{ dir: string; cleanUp: () => void }> {
  const project = mkdtempSync(join(tmpdir(), 'osteomove-offline-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, item), join(project, item), { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) if (name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name));
  const words = join(project, 'content', locale, 'exercises', `${id}.mdx`);
  writeFileSync(words, `${readFileSync(words, 'utf8').trimEnd()}\n\n${marker}\n`);
  await run(join(project, 'node_modules/.bin/astro'), ['build', '--outDir', 'dist-b'], {
    cwd: project,
    env: { ...process.env, FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dir: join(project, 'dist-b'), cleanUp: () => rmSync(project, { recursive: true, force: true }) };
}

test.describe('a new deploy', () => {
  test.use({ baseURL: originOf(ports.update) });
  test.setTimeout(240_000);

  test('replaces the saved copy as a whole, once the reader reloads', async ({ page, context }) => {
    const locale: Locale = 'en';
    const t = wordsOf(locale);
    const exercise = exercisesIn(locale)[0]!;
    const exercisePage = localeUrl(locale, `/exercises/${exercise.id}/`);
    const b = await buildChanged(locale, exercise.id);
    const site = new SwitchableSite(envSite.distDir, ports.update);
    await site.start();
    try {
      const versionA = listOf(envSite.distDir, locale).version;
      const versionB = listOf(b.dir, locale).version;
      expect(versionB).not.toBe(versionA);
      await saveCopy(page, locale);

      site.root = b.dir;
      await page.goto(exercisePage);
      // Until the reader reloads, the page is still the saved one of A, and nothing moves on its own.
      await expect(page.locator('main')).not.toContainText(marker);
      const notice = page.getByRole('status').filter({ hasText: t('offline.newVersion') });
      await expect(notice).toBeVisible({ timeout: 60_000 });
      await expect(page.locator('main')).not.toContainText(marker);
      await notice.getByRole('button', { name: t('offline.reload') }).click();
      await page.waitForLoadState('load');
      await expect(page.locator('main')).toContainText(marker);
      expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([`osteomove-copy-${versionB}`]));
      expect(await page.evaluate(() => caches.keys())).not.toContainEqual(`osteomove-copy-${versionA}`);

      // Without a network, every page and the index are B's: the copy was renewed as a whole.
      site.root = undefined;
      await context.setOffline(true);
      await page.goto(localeUrl(locale, '/offline/'));
      await expect(page.locator('offline-saver')).toHaveAttribute('data-version', versionB);
      await expect(page.getByRole('status').filter({ hasText: t('offline.saved') })).toBeVisible();
      expect(await searchFor(page, locale, marker)).toContain(exercisePage);
      await page.goto(exercisePage);
      await expect(page.locator('main')).toContainText(marker);
    } finally {
      await context.setOffline(false);
      await site.stop();
      b.cleanUp();
    }
  });
});
