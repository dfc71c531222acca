import { describe, expect, it } from 'vitest';
import { cacheName, cachePrefix, copyFiles, copyList, formatMegabytes, urlOf, type BuiltFile } from './copy';

const locales = ['en', 'de'];
const built: BuiltFile[] = [
  'index.html',
  '404.html',
  'plan/index.html',
  'offline/index.html',
  'offline/copy.json',
  'manifest.webmanifest',
  'de/index.html',
  'de/plan/index.html',
  'de/offline/copy.json',
  'de/manifest.webmanifest',
  '_astro/BaseLayout.abc.css',
  '_astro/PlanBuilder.def.js',
  'figures/squats.svg',
  'favicon.svg',
  'icon-192.png',
  '_headers',
  'robots.txt',
  'sitemap-0.xml',
  'sitemap-index.xml',
  'sw.js',
  'offline-worker.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind.en_123.pf_meta',
  'pagefind/pagefind.de_456.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.de.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/en_1.pf_index',
  'pagefind/index/de_1.pf_index',
  'pagefind/fragment/en_2.pf_fragment',
  'pagefind/fragment/de_2.pf_fragment',
  'pagefind/filter/en_3.pf_filter',
  'pagefind/filter/de_3.pf_filter',
].map((path, i) => ({ path, bytes: 100 + i }));

const pathsOf = (locale: string) => copyFiles(built, locale, locales, 'en').map((file) => file.path);

describe('copyFiles', () => {
  it("holds a language's pages and manifest, and no other language's", () => {
    const en = pathsOf('en');
    const de = pathsOf('de');
    expect(en).toEqual(expect.arrayContaining(['index.html', '404.html', 'plan/index.html', 'offline/index.html', 'manifest.webmanifest']));
    expect(en.filter((path) => path.startsWith('de/'))).toEqual([]);
    expect(de).toEqual(expect.arrayContaining(['de/index.html', 'de/plan/index.html', 'de/manifest.webmanifest']));
    expect(de.filter((path) => path.endsWith('.html') && !path.startsWith('de/'))).toEqual([]);
  });

  it('shares the assets between languages', () => {
    for (const locale of locales) {
      expect(pathsOf(locale)).toEqual(expect.arrayContaining(['_astro/BaseLayout.abc.css', '_astro/PlanBuilder.def.js', 'figures/squats.svg', 'favicon.svg', 'icon-192.png']));
    }
  });

  it("holds the search files of its language only, WebAssembly and chunks included", () => {
    expect(pathsOf('de').filter((path) => path.startsWith('pagefind/'))).toEqual([
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.de_456.pf_meta',
      'pagefind/wasm.de.pagefind',
      'pagefind/index/de_1.pf_index',
      'pagefind/fragment/de_2.pf_fragment',
      'pagefind/filter/de_3.pf_filter',
    ]);
  });

  it('leaves out what no reader opens, and the lists themselves', () => {
    for (const locale of locales) {
      const paths = pathsOf(locale);
      for (const never of ['_headers', 'robots.txt', 'sitemap-0.xml', 'sitemap-index.xml', 'sw.js', 'offline-worker.js', 'offline/copy.json', 'de/offline/copy.json']) {
        expect(paths).not.toContain(never);
      }
    }
  });
});

describe('copyList', () => {
  it('adds the sizes and gives pages their directory address under the base', () => {
    const files = [
      { path: 'de/plan/index.html', bytes: 1000 },
      { path: 'index.html', bytes: 500 },
      { path: '_astro/a.css', bytes: 25 },
    ];
    expect(copyList(files, 'v1', '/osteomove/')).toEqual({ version: 'v1', bytes: 1525, urls: ['/osteomove/de/plan/', '/osteomove/', '/osteomove/_astro/a.css'] });
    expect(urlOf('404.html', '/')).toBe('/404.html');
  });
});

describe('cacheName', () => {
  it('names every version with the prefix the worker cleans up by', () => {
    expect(cacheName('abc').startsWith(cachePrefix)).toBe(true);
    expect(cacheName('abc')).not.toBe(cacheName('abd'));
  });
});

describe('formatMegabytes', () => {
  it('speaks the region', () => {
    expect(formatMegabytes(2_345_678, 'en-GB')).toBe('2.3 MB');
    expect(formatMegabytes(2_345_678, 'de-DE')).toBe('2,3 MB');
    expect(formatMegabytes(10, 'en-GB')).toBe('0.1 MB');
  });
});
