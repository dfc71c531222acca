/** A reader can find every source a built page names, in every language, and no page names private notes as a source. */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { builtPages, localeOfPage, page, textOf } from './support/site';

const pages = builtPages();
const exercisePages = pages.filter((path) => /^\/exercises\/[a-z0-9-]+\/$/.test(localeOfPage(path).path));

describe('sources in the built site', () => {
  it('has exercise pages to check in every language', () => {
    for (const locale of locales) expect(exercisePages.filter((path) => localeOfPage(path).locale === locale).length).toBeGreaterThan(0);
  });

  it('no page names "OsteoMove source notes"', () => {
    expect(pages.filter((path) => textOf(page(path)).includes('OsteoMove source notes'))).toEqual([]);
  });

  it.each(exercisePages)('%s shows an address or DOI for each listed source, on screen and on its sheet', (path) => {
    const root = page(path);
    const listed = root.querySelectorAll('.page-meta li[data-source]');
    expect(listed.length).toBeGreaterThan(0);
    const sheetSources = textOf(root.querySelector('[data-sheet-sources]'));
    for (const item of listed) {
      const links = item.querySelectorAll('a[data-source-link]');
      expect(links.length, `${item.getAttribute('data-source')} on ${path}`).toBeGreaterThan(0);
      for (const link of links) {
        const href = link.getAttribute('href') ?? '';
        expect(href).toMatch(/^https:\/\/(doi\.org\/10\.\d{4,9}\/\S+|[^/\s]+\.[^/\s]+)/);
        // The sheet is read on paper, so it carries the same address or DOI in words.
        expect(sheetSources, `${item.getAttribute('data-source')} on the sheet of ${path}`).toContain(textOf(link));
      }
    }
  });
});
