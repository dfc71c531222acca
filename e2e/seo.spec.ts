/*
 * What search engines, link previews and home screens read: titles, descriptions, canonical
 * addresses, Open Graph tags, the sitemap, robots.txt and the web manifest, over every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, url } from './support/builtPages';
import { expect, test } from './support/fixtures';

const pages = builtPages();
const isNotFound = (path: string) => path.endsWith('404.html');
const htmlOf = (path: string) => readFileSync(join(distDir, path.slice(url('/').length), isNotFound(path) ? '' : 'index.html'), 'utf8');

interface Head {
  path: string;
  title: string;
  description: string | null;
  canonical: string | null;
  robots: string | null;
  og: Record<string, string>;
  links: string[];
}

test('every page has a title, a description, a canonical address and Open Graph tags that agree', async ({ page }) => {
  const heads: Head[] = await page.evaluate(
    (files) =>
      files.map(({ path, html }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const attr = (selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name) ?? null;
        return {
          path,
          title: doc.title,
          description: attr('meta[name="description"]', 'content'),
          canonical: attr('link[rel="canonical"]', 'href'),
          robots: attr('meta[name="robots"]', 'content'),
          og: Object.fromEntries([...doc.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property')!, m.getAttribute('content')!])),
          links: [...doc.querySelectorAll('link[rel]')].map((l) => l.getAttribute('rel')!),
        };
      }),
    pages.map((path) => ({ path, html: htmlOf(path) })),
  );

  for (const head of heads) {
    expect(head.title, head.path).toMatch(/\S.*OsteoMove|OsteoMove.*\S/);
    expect(head.description?.length ?? 0, `${head.path} description`).toBeGreaterThanOrEqual(20);
    expect(head.links, head.path).toEqual(expect.arrayContaining(['icon', 'apple-touch-icon', 'manifest']));
    if (isNotFound(head.path)) {
      expect(head.robots, '404 stays out of search engines').toBe('noindex');
      expect(head.canonical, '404 has no address of its own').toBeNull();
      continue;
    }
    const canonical = new URL(head.canonical!);
    expect(canonical.protocol, head.path).toMatch(/^https?:$/);
    expect(canonical.pathname, head.path).toBe(head.path);
    expect(head.og, head.path).toMatchObject({
      'og:type': 'website',
      'og:site_name': 'OsteoMove',
      'og:title': head.title,
      'og:description': head.description,
      'og:url': head.canonical,
      'og:image': new URL(url('/icon-512.png'), canonical).href,
    });
  }
  const indexable = heads.filter((head) => !isNotFound(head.path));
  expect(new Set(indexable.map((head) => head.title)).size, 'titles are unique').toBe(indexable.length);
});

/** Sitemap addresses name the public site; the preview server answers for the same path. */
const onPreview = (address: string) => new URL(address).pathname;

test('the sitemap lists every page but the 404, and robots.txt points to it', async ({ page }) => {
  const home = new URL((await (await page.goto(url('/')))!.text()).match(/<link rel="canonical" href="([^"]+)"/)![1]!);
  const robots = await (await page.request.get(url('/robots.txt'))).text();
  const sitemapIndex = new URL('sitemap-index.xml', home).href;
  expect(robots).toContain(`Sitemap: ${sitemapIndex}`);

  const index = await (await page.request.get(onPreview(sitemapIndex))).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await page.request.get(onPreview(sitemap))).text();
    listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  }
  for (const address of listed) expect(new URL(address).origin).toBe(home.origin);
  expect(listed.map(onPreview).sort()).toEqual(pages.filter((path) => !isNotFound(path)).sort());
});

test('the web manifest starts at the home page and its icons load', async ({ page }) => {
  await page.goto(url('/'));
  const manifestPath = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(manifestPath!)).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('OsteoMove'), short_name: 'OsteoMove', start_url: url('/'), scope: url('/'), lang: 'en' });
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await page.request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
  }
});
