import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { fill, formatDate, formatList } from './format';
import { useTranslations } from './index';
import { locales } from './locales';

describe('useTranslations', () => {
  it("fills placeholders in the page's language and leaves unknown ones visible", () => {
    expect(useTranslations('en').t('level.of', { level: 2, count: 6 })).toBe('Level 2 of 6');
    expect(useTranslations('en').t('level.of', { level: 2 })).toBe('Level 2 of {count}');
    expect(useTranslations('de').t('level.of', { level: 2, count: 6 })).toMatch(/2.*6/);
  });

  it('links pages in their language and refuses a locale the site does not have', () => {
    expect(useTranslations('en').link('/plan/')).toBe('/plan/');
    expect(useTranslations('de').link('/plan/')).toBe('/de/plan/');
    expect(useTranslations(undefined).locale).toBe('en');
    expect(() => useTranslations('fr')).toThrow(/not one of the site's locales/);
  });

  it('gives every locale every key, with the same placeholders as English', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const dictionaries = { en, de };
    for (const locale of locales) {
      for (const [key, english] of Object.entries(en)) {
        const words = (dictionaries[locale] as Record<string, string>)[key];
        expect(words, `${locale}: ${key}`).toBeTruthy();
        expect(placeholders(words!), `${locale}: ${key}`).toEqual(placeholders(english));
      }
    }
  });
});

describe('fill', () => {
  it('is text in, text out: markup in a value stays text for textContent', () => {
    expect(fill('Hello {name}', { name: '<b>x</b>' })).toBe('Hello <b>x</b>');
  });
});

describe('formatDate', () => {
  it('writes dates the way readers do, whatever the machine time zone', () => {
    expect(formatDate('en-GB', new Date('2026-11-26'))).toBe('26 November 2026');
    expect(formatDate('de-DE', new Date('2026-11-26'))).toBe('26. November 2026');
  });
});

describe('formatList', () => {
  it('joins names the way readers of each language write a list', () => {
    expect(formatList('en-GB', ['IQWiG'])).toBe('IQWiG');
    expect(formatList('en-GB', ['IQWiG', 'UK consensus', 'WHO'])).toBe('IQWiG, UK consensus and WHO');
    expect(formatList('de-DE', ['IQWiG', 'DVO', 'WHO'])).toBe('IQWiG, DVO und WHO');
  });
});
