/**
 * The languages of the built site, read from every page: each page says its language, names
 * the same page in every other language (hreflang, the language switch, the sitemap) and links
 * within its own language; German pages carry no English words of the interface.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, NodeType, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { defaultLocale, type Locale, localeInfo, locales } from '../../src/i18n/locales';
import { builtFile, builtPages, envSite, localeOfPage, page, pathIn } from './support/site';

const pages = builtPages();
/** Pages with an address of their own; the 404 page answers at any address and so has no other-language twin. */
const addressed = pages.filter((path) => page(path).querySelector('link[rel="canonical"]'));
/** The site's origin, from the canonical address of its home page. */
const origin = new URL(page(pathIn(defaultLocale, '/')).querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
const absolute = (path: string) => origin + path;
const others = (locale: Locale) => locales.filter((other) => other !== locale);

it('has pages in every language to check', () => {
  for (const locale of locales) expect(addressed.filter((path) => localeOfPage(path).locale === locale).length).toBeGreaterThan(10);
});

describe.each(pages)('%s', (path) => {
  const { locale, path: neutral } = localeOfPage(path);
  const root = () => page(path);
  /* The 404 page has no address of its own: it gets no checks of addresses (not skipped ones: none). */
  const itWithAddress = addressed.includes(path) ? it : () => undefined;

  it('names its language on <html lang>', () => {
    expect(root().querySelector('html')?.getAttribute('lang')).toBe(locale);
  });

  itWithAddress('names itself in every language and English as x-default, each address a built page', () => {
    const alternates = Object.fromEntries(
      root()
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    );
    const expected: Record<string, string> = Object.fromEntries([
      ...locales.map((other) => [other, absolute(pathIn(other, neutral))] as const),
      ['x-default', absolute(pathIn(defaultLocale, neutral))] as const,
    ]);
    expect(alternates).toEqual(expected);
    for (const href of Object.values(expected)) expect(existsSync(builtFile(new URL(href).pathname)), href).toBe(true);
  });

  itWithAddress('is named back by each of its other-language pages', () => {
    for (const other of others(locale)) {
      const twin = page(pathIn(other, neutral));
      const back = twin.querySelector(`link[rel="alternate"][hreflang="${locale}"]`)?.getAttribute('href');
      expect(back, `${pathIn(other, neutral)} names ${path}`).toBe(absolute(path));
    }
  });

  itWithAddress('has a language switch that leads to the same page in each other language', () => {
    const links = root().querySelectorAll('a[data-language-switch]');
    expect(links.map((a) => a.getAttribute('hreflang'))).toEqual(others(locale));
    for (const link of links) {
      const other = link.getAttribute('hreflang') as Locale;
      expect(link.getAttribute('href')).toBe(pathIn(other, neutral));
      expect(link.getAttribute('lang')).toBe(other);
      expect(link.textContent.trim()).toBe(localeInfo[other].name);
    }
  });

  itWithAddress('gives Open Graph its locale, and the others as alternates', () => {
    const content = (property: string) => root().querySelectorAll(`meta[property="${property}"]`).map((meta) => meta.getAttribute('content'));
    expect(content('og:locale')).toEqual([localeInfo[locale].ogLocale]);
    expect(content('og:locale:alternate')).toEqual(others(locale).map((other) => localeInfo[other].ogLocale));
  });

  it('names its language in its structured data', () => {
    for (const script of root().querySelectorAll('script[type="application/ld+json"]')) {
      const data = JSON.parse(script.textContent) as { inLanguage?: string } | { inLanguage?: string }[];
      for (const item of [data].flat()) expect(item.inLanguage).toBe(locale);
    }
  });

  it('links within its own language, apart from the language switch and hreflang', () => {
    const wrong = linksOf(root(), path).filter(({ target, element }) => {
      if (element.hasAttribute('data-language-switch') || element.getAttribute('hreflang')) return false;
      // A part of the page in another language (the 404 page speaks both) links within that language.
      const language = languageOf(element);
      if (language === defaultLocale) return others(defaultLocale).some((other) => target.startsWith(pathIn(other, '/')));
      return !target.startsWith(pathIn(language, '/')) && !isAsset(target);
    });
    expect(wrong.map(({ element, target }) => `<${element.tagName.toLowerCase()}> ${target}`)).toEqual([]);
  });
});

/** The language an element is in: the `lang` of the element or of its nearest ancestor that has one. */
function languageOf(element: HTMLElement): Locale {
  for (let at: HTMLElement | null = element; at; at = at.parentNode) {
    const lang = at.getAttribute?.('lang');
    if (lang) return lang as Locale;
  }
  return defaultLocale;
}

/** The site paths a page links to: links, stylesheets and icons, and the forms it sends. */
function linksOf(root: HTMLElement, path: string): { element: HTMLElement; target: string }[] {
  const base = absolute(path);
  return root.querySelectorAll('a[href], link[href], form[action], area[href]').flatMap((element) => {
    const raw = element.getAttribute('href') ?? element.getAttribute('action') ?? '';
    if (raw.startsWith('#')) return [];
    const url = new URL(raw, base);
    return url.origin === origin ? [{ element, target: url.pathname }] : [];
  });
}

/** Files the pages of every language share: bundles, the search index, drawings, icons and other files with an extension. */
const isAsset = (target: string) => /\/(_astro|pagefind|figures)\//.test(target) || /\.[a-z0-9]+$/i.test(target.split('/').at(-1) ?? '');

describe('the sitemap', () => {
  const sitemap = parse(readFileSync(join(envSite.distDir, 'sitemap-0.xml'), 'utf8'));
  const urls = sitemap.querySelectorAll('url');

  it('lists every page with an address of its own', () => {
    expect(urls.map((url) => url.querySelector('loc')?.textContent).toSorted()).toEqual(addressed.map(absolute).toSorted());
  });

  it.each(urls.map((url) => [url.querySelector('loc')!.textContent, url] as const))('names the page in every language: %s', (loc, url) => {
    const { path: neutral } = localeOfPage(new URL(loc).pathname);
    const alternates = url
      .querySelectorAll('xhtml\\:link')
      .filter((link) => link.getAttribute('rel') === 'alternate')
      .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
    expect(alternates.toSorted()).toEqual(locales.map((locale) => [locale, absolute(pathIn(locale, neutral))]).toSorted());
  });
});

/**
 * English words of the interface long enough to be more than a name: every English value (its
 * parts between placeholders) that the German dictionary does not use as well.
 */
const englishOnly = [
  ...new Set(
    (Object.keys(en) as (keyof typeof en)[]).flatMap((key) =>
      en[key]
        .split(/\{[^}]+\}/)
        .map((part) => part.trim())
        .filter((part) => part.length > 12 && !de[key].includes(part)),
    ),
  ),
];

/** What a German reader reads or hears: the text outside scripts and styles, and the words in attributes, leaving out parts in another language. */
function wordsOnPage(root: HTMLElement): string {
  const words: string[] = [];
  const walk = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) words.push(child.textContent);
      else if (child.nodeType === NodeType.ELEMENT_NODE) {
        const element = child as HTMLElement;
        // Scripts are not read; a part marked as another language (the switch's "English") is meant to be in it.
        if (['SCRIPT', 'STYLE'].includes(element.tagName) || (element.getAttribute('lang') ?? 'de') !== 'de') continue;
        for (const [name, value] of Object.entries(element.attributes)) {
          if (/^(aria-label|alt|title|placeholder|content|value|data-.*)$/.test(name)) words.push(value);
        }
        walk(element);
      }
    }
  };
  walk(root);
  return words.join('\n').replace(/\s+/g, ' ');
}

describe('German pages', () => {
  const germanPages = addressed.filter((path) => localeOfPage(path).locale === 'de');

  it('have English interface words to look for', () => {
    expect(englishOnly.length).toBeGreaterThan(50);
  });

  it.each(germanPages)('%s shows no English words of the interface', (path) => {
    const words = wordsOnPage(page(path));
    expect(englishOnly.filter((english) => words.includes(english))).toEqual([]);
  });
});
