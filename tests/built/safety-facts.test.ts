/**
 * The safety rules and the source's facts, read from the built pages in every language: the
 * pain rule and the signs to stop on every exercise page and printed sheet in the page's
 * language, the fracture rule wherever an exercise has a moderate or high impact, the facts on
 * fragility fractures and who the exercises are for. Exercises come from the built site and
 * the content, never from a list in here.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { type Locale, locales } from '../../src/i18n/locales';
import { readContent } from '../../src/lib/content/files';
import { builtPages, localeOfPage, page, pathIn, textOf } from './support/site';

const exercisePages = builtPages().filter((path) => /^\/exercises\/[a-z0-9-]+\/$/.test(localeOfPage(path).path));
const tOf = (path: string) => useTranslations(localeOfPage(path).locale).t;
/** A caution that speaks of pain in its own words, which the one pain rule replaces. */
const painWords: Record<Locale, RegExp> = { en: /\b(pain|hurts?)\b/i, de: /schmerz|weh ?tu/i };

describe('every exercise', () => {
  it('has a page to check in every language', () => {
    for (const locale of locales) expect(exercisePages.filter((path) => localeOfPage(path).locale === locale).length).toBeGreaterThanOrEqual(20);
  });

  it.each(exercisePages)('%s states the pain rule once on the page and once on its sheet, in the one wording of its language', (path) => {
    const root = page(path);
    const pain = tOf(path)('safety.pain');
    expect(root.querySelectorAll('[data-exercise-page] [data-pain-note]').map(textOf)).toEqual([pain]);
    expect(root.querySelectorAll('.sheet [data-pain-note]').map(textOf)).toEqual([pain]);
  });

  it.each(exercisePages)('%s prints the signs to stop and get help, with their source, on its sheet, in its language', (path) => {
    const t = tOf(path);
    const signs = page(path).querySelectorAll('.sheet [data-stop-signs]');
    expect(signs).toHaveLength(1);
    for (const words of [t('safety.stop.title'), t('safety.stop.signs'), t('safety.stop.holdOn'), 'Otago']) expect(textOf(signs[0])).toContain(words);
  });

  it.each(exercisePages)('%s keeps no pain line of its own in "Watch out for"', (path) => {
    const cautions = page(path).querySelectorAll('.sheet-cautions li').map(textOf);
    expect(cautions.filter((caution) => painWords[localeOfPage(path).locale].test(caution))).toEqual([]);
  });

  it.each(exercisePages)('%s shows the fracture rule exactly when its impact is moderate or high', (path) => {
    const root = page(path);
    const impact = root.querySelector('[data-exercise-page]')?.getAttribute('data-impact');
    expect(['none', 'low', 'moderate', 'high']).toContain(impact);
    const rules = root.querySelectorAll('[data-fracture-rule]');
    expect(rules).toHaveLength(impact === 'moderate' || impact === 'high' ? 1 : 0);
    if (rules[0]) expect(textOf(rules[0])).toContain(tOf(path)('safety.fractures.rule'));
  });

  it.each(locales.flatMap((locale) => readContent('exercises', locale).map(({ id, facts }) => ({ id, locale, facts }))))(
    '$id in $locale: its sheet asks to see a doctor or physiotherapist first exactly when the impact or the spine calls for it',
    ({ id, locale, facts }) => {
      const consult = page(pathIn(locale, `/exercises/${id}/`)).querySelectorAll('.sheet .sheet-consult');
      const needed = facts.impact === 'moderate' || facts.impact === 'high' || facts.afterSpineFracture !== true;
      expect(consult).toHaveLength(needed ? 1 : 0);
      if (needed) expect(textOf(consult[0])).toBe(useTranslations(locale).t('print.consult'));
    },
  );

  it('includes exercises on both sides of the fracture rule, so the check above means something', () => {
    const impacts = exercisePages.map((path) => page(path).querySelector('[data-exercise-page]')?.getAttribute('data-impact'));
    expect(impacts.some((impact) => impact === 'moderate' || impact === 'high')).toBe(true);
    expect(impacts.some((impact) => impact === 'none' || impact === 'low')).toBe(true);
  });
});

describe.each(locales)('in %s', (locale) => {
  const { t } = useTranslations(locale);

  describe('the fracture rule in words', () => {
    it.each(['/training/bone-stability/', '/spine/'])('%s states it, with brisk walking as the cap and its source', (path) => {
      const rule = page(pathIn(locale, path)).querySelector('main [data-fracture-rule]');
      expect(textOf(rule)).toContain(t('safety.fractures.rule'));
      expect(textOf(rule)).toContain('Strong, Steady and Straight');
    });
  });

  describe('/safety/', () => {
    const safety = () => page(pathIn(locale, '/safety/'));

    it('states the pain rule in the one wording', () => {
      expect(safety().querySelectorAll('main [data-pain-note]').map(textOf)).toEqual([t('safety.pain')]);
    });

    it('shows the signs to stop and get help, and names the Otago programme', () => {
      const signs = safety().querySelector('main [data-stop-signs]');
      for (const words of [t('safety.stop.title'), t('safety.stop.signs'), t('safety.stop.holdOn')]) expect(textOf(signs)).toContain(words);
      expect(textOf(signs)).toContain('Otago');
      expect(textOf(safety().querySelector('[data-source="otago-2003"]'))).toContain('Otago');
    });
  });

  describe('/exercises/', () => {
    it('says together whom the exercises are for, what they aim at, and that other conditions may need changes', () => {
      const audience = page(pathIn(locale, '/exercises/')).querySelector('main [data-audience]');
      for (const key of ['library.audience.who', 'library.audience.other'] as const) expect(textOf(audience)).toContain(t(key));
      expect(audience!.querySelectorAll('[data-audience-goals] li').map(textOf)).toEqual([
        t('library.audience.goal.keep'),
        t('library.audience.goal.back'),
        t('library.audience.goal.prevent'),
      ]);
    });
  });
});

/** The source's facts on fragility fractures as each language's words put them. */
const fractureFacts: Record<Locale, { fragility: RegExp; healthy: RegExp; falls: RegExp; lifting: RegExp; aim: RegExp }> = {
  en: {
    fragility: /fragility fractures?/i,
    healthy: /healthy bone/i,
    falls: /wrist or (a )?hip[^.]*mostly comes? from a fall/i,
    lifting: /vertebra[^.]*lift something too heavy, or lift it the wrong way/i,
    aim: /main aim of the exercises is to prevent (broken bones|them)/i,
  },
  de: {
    fragility: /Fragilitätsfraktur/,
    healthy: /gesunder Knochen/,
    falls: /Handgelenk oder an der Hüfte kommt meist von einem Sturz/,
    lifting: /Wirbelkörper[^.]*zu Schweres heben oder falsch heben/,
    aim: /vor allem[^.]*(Knochenbrüche verhindern|Brüchen vorbeugen)/i,
  },
};

describe.each(locales.flatMap((locale) => ['/', '/safety/'].map((path) => ({ locale, path }))))('$path in $locale', ({ locale, path }) => {
  const main = () => textOf(page(pathIn(locale, path)).querySelector('main'));
  const facts = fractureFacts[locale];

  it('explains fragility fractures: bones that break under strains healthy bones would take', () => {
    expect(main()).toMatch(facts.fragility);
    expect(main()).toMatch(facts.healthy);
  });

  it('says wrist and hip fractures mostly come from falls, and vertebrae from lifting too much or the wrong way', () => {
    expect(main()).toMatch(facts.falls);
    expect(main()).toMatch(facts.lifting);
  });

  it('names preventing fractures as the main aim of the exercises', () => {
    expect(main()).toMatch(facts.aim);
  });

  it('lists IQWiG, whose facts these are, among its sources', () => {
    expect(page(pathIn(locale, path)).querySelector('[data-source="iqwig-2023"]')).not.toBeNull();
  });
});
