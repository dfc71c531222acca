/**
 * The safety rules and the source's facts, read from the built pages: the pain rule and the
 * signs to stop on every exercise page and printed sheet, the fracture rule wherever an exercise
 * has a moderate or high impact, the facts on fragility fractures, who the exercises are for,
 * and the Open Graph locale. Exercises come from the built site, never from a list in here.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { loadContentExercises } from '../../src/lib/plan/testing/content';
import { builtPages, envSite, page, textOf } from './support/site';

const exercisePages = builtPages().filter((path) => new RegExp(`^${envSite.basePath}exercises/[a-z0-9-]+/$`).test(path));
const sitePath = (path: string) => envSite.basePath + path.replace(/^\//, '');
const stopWords = [en['safety.stop.signs'], en['safety.stop.holdOn']];

describe('every exercise', () => {
  it('has a page to check', () => {
    expect(exercisePages.length).toBeGreaterThanOrEqual(20);
  });

  it.each(exercisePages)('%s states the pain rule once on the page and once on its sheet, in the one wording', (path) => {
    const root = page(path);
    const onPage = root.querySelectorAll('[data-exercise-page] [data-pain-note]');
    const onSheet = root.querySelectorAll('.sheet [data-pain-note]');
    expect(onPage.map(textOf)).toEqual([en['safety.pain']]);
    expect(onSheet.map(textOf)).toEqual([en['safety.pain']]);
  });

  it.each(exercisePages)('%s prints the signs to stop and get help, with their source, on its sheet', (path) => {
    const signs = page(path).querySelectorAll('.sheet [data-stop-signs]');
    expect(signs).toHaveLength(1);
    for (const words of [en['safety.stop.title'], ...stopWords, 'Otago']) expect(textOf(signs[0])).toContain(words);
  });

  it.each(exercisePages)('%s keeps no pain line of its own in "Watch out for"', (path) => {
    const cautions = page(path).querySelectorAll('.sheet-cautions li').map(textOf);
    expect(cautions.filter((caution) => /\b(pain|hurts?)\b/i.test(caution))).toEqual([]);
  });

  it.each(exercisePages)('%s shows the fracture rule exactly when its impact is moderate or high', (path) => {
    const root = page(path);
    const impact = root.querySelector('[data-exercise-page]')?.getAttribute('data-impact');
    expect(['none', 'low', 'moderate', 'high']).toContain(impact);
    const rules = root.querySelectorAll('[data-fracture-rule]');
    expect(rules).toHaveLength(impact === 'moderate' || impact === 'high' ? 1 : 0);
    if (rules[0]) expect(textOf(rules[0])).toContain(en['safety.fractures.rule']);
  });

  it.each(loadContentExercises())('$id: its sheet asks to see a doctor or physiotherapist first exactly when the impact or the spine calls for it', (exercise) => {
    const consult = page(sitePath(`/exercises/${exercise.id}/`)).querySelectorAll('.sheet .sheet-consult');
    const needed = exercise.impact === 'moderate' || exercise.impact === 'high' || !exercise.afterSpineFracture;
    expect(consult).toHaveLength(needed ? 1 : 0);
    if (needed) expect(textOf(consult[0])).toMatch(/doctor or physiotherapist/);
  });

  it('includes exercises on both sides of the fracture rule, so the check above means something', () => {
    const impacts = exercisePages.map((path) => page(path).querySelector('[data-exercise-page]')?.getAttribute('data-impact'));
    expect(impacts.some((impact) => impact === 'moderate' || impact === 'high')).toBe(true);
    expect(impacts.some((impact) => impact === 'none' || impact === 'low')).toBe(true);
  });
});

describe('the fracture rule in words', () => {
  it.each(['/training/bone-stability/', '/spine/'])('%s states it, with brisk walking as the cap and its source', (path) => {
    const rule = page(sitePath(path)).querySelector('main [data-fracture-rule]');
    expect(textOf(rule)).toContain(en['safety.fractures.rule']);
    expect(textOf(rule)).toContain('Strong, Steady and Straight');
  });
});

describe('/safety/', () => {
  const safety = () => page(sitePath('/safety/'));

  it('states the pain rule in the one wording', () => {
    expect(safety().querySelectorAll('main [data-pain-note]').map(textOf)).toEqual([en['safety.pain']]);
  });

  it('shows the signs to stop and get help, and names the Otago programme', () => {
    const signs = safety().querySelector('main [data-stop-signs]');
    for (const words of [en['safety.stop.title'], ...stopWords]) expect(textOf(signs)).toContain(words);
    expect(textOf(signs)).toContain('Otago');
    expect(textOf(safety().querySelector('[data-source="otago-2003"]'))).toContain('Otago');
  });
});

describe.each(['/', '/safety/'])('%s', (path) => {
  const main = () => textOf(page(sitePath(path)).querySelector('main'));

  it('explains fragility fractures: bones that break under strains healthy bones would take', () => {
    expect(main()).toMatch(/fragility fractures?/i);
    expect(main()).toMatch(/healthy bone/i);
  });

  it('says wrist and hip fractures mostly come from falls, and vertebrae from lifting too much or the wrong way', () => {
    expect(main()).toMatch(/wrist or (a )?hip[^.]*mostly comes? from a fall/i);
    expect(main()).toMatch(/vertebra[^.]*lift something too heavy, or lift it the wrong way/i);
  });

  it('names preventing fractures as the main aim of the exercises', () => {
    expect(main()).toMatch(/main aim of the exercises is to prevent (broken bones|them)/i);
  });

  it('lists IQWiG, whose facts these are, among its sources', () => {
    expect(page(sitePath(path)).querySelector('[data-source="iqwig-2023"]')).not.toBeNull();
  });
});

describe('/exercises/', () => {
  it('says together whom the exercises are for, what they aim at, and that other conditions may need changes', () => {
    const audience = page(sitePath('/exercises/')).querySelector('main [data-audience]');
    for (const key of ['library.audience.who', 'library.audience.other'] as const) expect(textOf(audience)).toContain(en[key]);
    expect(audience!.querySelectorAll('[data-audience-goals] li').map(textOf)).toEqual([
      en['library.audience.goal.keep'],
      en['library.audience.goal.back'],
      en['library.audience.goal.prevent'],
    ]);
  });
});

describe('Open Graph', () => {
  const withOpenGraph = builtPages().filter((path) => page(path).querySelector('meta[property="og:type"]'));

  it('is on the pages with a canonical address', () => {
    expect(withOpenGraph.length).toBeGreaterThan(exercisePages.length);
  });

  it.each(withOpenGraph)('%s names its locale, British English', (path) => {
    expect(page(path).querySelectorAll('meta[property="og:locale"]').map((meta) => meta.getAttribute('content'))).toEqual(['en_GB']);
  });
});
