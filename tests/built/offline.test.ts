/**
 * The saved copy as the build writes it: each language's list names files that exist, adds
 * their sizes right and states them on the pages, and the service worker names the version.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeUrl, locales, pagesIn } from '../../e2e/support/content';
import { localeInfo } from '../../src/i18n/locales';
import { cacheName, formatMegabytes, type CopyList } from '../../src/lib/offline/copy';
import { offlineTokens } from '../../src/lib/offline/tokens';
import { routes } from '../../src/lib/routes';
import { builtFile, builtPages, envSite, page, textOf } from './support/site';

const listOf = (locale: (typeof locales)[number]) => JSON.parse(readFileSync(builtFile(localeUrl(locale, '/offline/copy.json')), 'utf8')) as CopyList;

describe.each(locales)('the %s copy', (locale) => {
  const list = listOf(locale);

  it('lists every page of its language and the search files, all of them in the build', () => {
    expect(list.urls).toEqual(expect.arrayContaining(pagesIn(locale)));
    expect(list.urls.some((url) => url.endsWith(`wasm.${locale}.pagefind`))).toBe(true);
    expect(list.urls.some((url) => /\/pagefind\/fragment\//.test(url))).toBe(true);
    expect(list.urls, 'the exercises the plan is built from').toContain(localeUrl(locale, routes.planExercises));
    for (const url of list.urls) expect(existsSync(builtFile(url)), url).toBe(true);
  });

  it('states its size on its /offline/ page and the plan', () => {
    const total = list.urls.reduce((sum, url) => sum + statSync(builtFile(url)).size, 0);
    // The size was put into two of the pages after it was measured; their few extra bytes do not change it.
    expect(formatMegabytes(total, localeInfo[locale].region)).toBe(formatMegabytes(list.bytes, localeInfo[locale].region));
    const size = formatMegabytes(list.bytes, localeInfo[locale].region);
    expect(textOf(page(localeUrl(locale, '/offline/')).querySelector('offline-saver'))).toContain(size);
    expect(textOf(page(localeUrl(locale, '/plan/')).querySelector('main'))).toContain(size);
    expect(page(localeUrl(locale, '/offline/')).querySelector('offline-saver')?.getAttribute('data-version')).toBe(list.version);
  });
});

describe('the service worker', () => {
  it('keeps this version in one cache and leaves no stand-ins in the pages', () => {
    const [en] = locales;
    const { version } = listOf(en);
    expect(readFileSync(builtFile(`${envSite.basePath}sw.js`), 'utf8')).toContain(cacheName(version));
    expect(readFileSync(builtFile(`${envSite.basePath}offline-worker.js`), 'utf8')).toContain(`"version":"${version}"`);
    for (const path of builtPages()) {
      const html = readFileSync(builtFile(path), 'utf8');
      expect(html.includes(offlineTokens.size) || html.includes(offlineTokens.version), path).toBe(false);
    }
  });
});
