/**
 * What search engines, link previews and home screens read: titles, descriptions, canonical
 * addresses, Open Graph tags, robots.txt and the sitemap index, and each language's web manifest,
 * over every built page. The sitemap's pages and alternates, og:locale and hreflang are
 * tests/built/i18n.test.ts's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeUrl, locales, pagesIn } from '../../e2e/support/content';
import { builtFile, builtPages, page, textOf } from './support/site';

const pages = builtPages();
const isNotFound = (path: string) => path.endsWith('404.html');
/** A file of the build by its site path. */

function headOf(path: string) {
  const root = page(path);
  const attr = (selector: string, name: string) => root.querySelector(selector)?.getAttribute(name) ?? null;
  return {
    title: textOf(root.querySelector('title')),
    description: attr('meta[name="description"]', 'content'),
    canonical: attr('link[rel="canonical"]', 'href'),
    robots: attr('meta[name="robots"]', 'content'),
    og: Object.fromEntries(root.querySelectorAll('meta[property^="og:"]').map((m) => [m.getAttribute('property')!, m.getAttribute('content')!])),
    links: root.querySelectorAll('link[rel]').map((l) => l.getAttribute('rel')!),
  };
}

describe.each(pages)('the head of %s', (path) => {
  const head = headOf(path);

  it('has a title with the site name, a description and the icons', () => {
    expect(head.title).toMatch(/\S.*OsteoMove|OsteoMove.*\S/);
    expect(head.description?.length ?? 0).toBeGreaterThanOrEqual(20);
    expect(head.links).toEqual(expect.arrayContaining(['icon', 'apple-touch-icon', 'manifest']));
  });

  if (isNotFound(path)) {
    it('keeps the not-found page out of search engines, with no address of its own', () => {
      expect(head.robots).toBe('noindex');
      expect(head.canonical).toBeNull();
    });
    return;
  }

  it('names its own address and agrees with its Open Graph tags, in its language', () => {
    const canonical = new URL(head.canonical!);
    expect(canonical.protocol).toMatch(/^https?:$/);
    expect(canonical.pathname).toBe(path);
    expect(head.og).toMatchObject({
      'og:type': 'website',
      'og:site_name': 'OsteoMove',
      'og:title': head.title,
      'og:description': head.description,
      'og:url': head.canonical,
      'og:image': new URL(localeUrl('en', '/icon-512.png'), canonical).href,
    });
  });
});

it.each(locales)('gives every %s page a title of its own', (locale) => {
  const titles = pagesIn(locale).filter((path) => !isNotFound(path)).map((path) => headOf(path).title);
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.filter((title, i) => titles.indexOf(title) !== i), 'titles used twice').toEqual([]);
});

describe('robots.txt and the sitemap', () => {
  const home = new URL(headOf(localeUrl('en', '/')).canonical!);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  /** A sitemap address's file in this build (addresses name the public site, files sit under the base). */
  const fileOf = (address: string) => readFileSync(builtFile(new URL(address).pathname), 'utf8');

  it('robots.txt points to the sitemap index of the public address', () => {
    expect(readFileSync(builtFile(localeUrl('en', '/robots.txt')), 'utf8')).toContain(`Sitemap: ${new URL('sitemap-index.xml', home).href}`);
  });

  it('the index names sitemaps of the build, on the public address', () => {
    const sitemaps = locs(fileOf(new URL('sitemap-index.xml', home).href));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) {
      expect(new URL(sitemap).origin).toBe(home.origin);
      expect(locs(fileOf(sitemap)).length, sitemap).toBeGreaterThan(0);
    }
  });
});

describe.each(locales)('the %s web manifest', (locale) => {
  const link = page(localeUrl(locale, '/')).querySelector('link[rel="manifest"]')?.getAttribute('href');
  const manifest = () => JSON.parse(readFileSync(builtFile(link!), 'utf8'));

  it('is linked from every page of its language', () => {
    expect(link).toBeTruthy();
    for (const path of pagesIn(locale)) expect(page(path).querySelector('link[rel="manifest"]')?.getAttribute('href'), path).toBe(link);
  });

  it('starts at the home page of its language and speaks it', () => {
    expect(manifest()).toMatchObject({
      name: expect.stringContaining('OsteoMove'),
      short_name: 'OsteoMove',
      start_url: localeUrl(locale, '/'),
      scope: localeUrl(locale, '/'),
      lang: locale,
      display: 'standalone',
    });
  });

  it('names icons that are in the build, of the type it says', () => {
    const icons = manifest().icons as { src: string; sizes: string; type: string }[];
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
    const types: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png' };
    for (const icon of icons) {
      expect(existsSync(builtFile(icon.src)), icon.src).toBe(true);
      expect(types[icon.src.split('.').pop()!], icon.src).toBe(icon.type);
    }
  });
});
