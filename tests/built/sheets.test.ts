/**
 * Every exercise's page and printed sheet in every language, read from the built pages: the
 * steps and cautions of its words in order, under the language's headings, and a tick-box log
 * with a column per programme week and a row per recommended training day of its kind of training.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { readContent } from '../../src/lib/content/files';
import { programmeWeeks, recommendations } from '../../src/lib/recommendations';
import type { Category } from '../../src/schemas/vocabulary';
import { page, pathIn, textOf } from './support/site';

const exercises = locales.flatMap((locale) =>
  readContent('exercises', locale).map(({ id, facts, words }) => ({
    id,
    locale,
    category: facts.category as Category,
    steps: words.steps as string[],
    cautions: words.cautions as string[],
  })),
);

it('has exercises to check in every language', () => {
  for (const locale of locales) expect(exercises.filter((e) => e.locale === locale).length).toBeGreaterThan(0);
});

describe.each(exercises)('the page and sheet of $id in $locale', ({ id, locale, category, steps, cautions }) => {
  const { t } = useTranslations(locale);
  const root = () => page(pathIn(locale, `/exercises/${id}/`));
  const sheet = () => root().querySelector(`.sheet[data-sheet="${id}"]`);

  it('shows the steps in order, on the page and on the sheet', () => {
    const onPage = root().querySelector('[data-exercise-page] ol[data-steps]');
    expect(textOf(root().querySelector('[data-exercise-page] #steps-title'))).toBe(t('print.steps'));
    expect(onPage?.querySelectorAll(':scope > li').map(textOf)).toEqual(steps);
    expect(textOf(sheet()?.querySelector('.sheet-steps h3'))).toBe(t('print.steps'));
    expect(sheet()?.querySelectorAll('.sheet-steps ol > li').map(textOf)).toEqual(steps);
  });

  it('shows the cautions in order, on the page and on the sheet', () => {
    const onPage = root().querySelector('[data-exercise-page] ul[data-cautions]');
    expect(textOf(root().querySelector('[data-exercise-page] #cautions-title'))).toBe(t('print.cautions'));
    expect(onPage?.querySelectorAll(':scope > li').map(textOf)).toEqual(cautions);
    expect(textOf(sheet()?.querySelector('.sheet-cautions h3'))).toBe(t('print.cautions'));
    expect(sheet()?.querySelectorAll('.sheet-cautions ul > li').map(textOf)).toEqual(cautions);
  });

  it(`logs ${programmeWeeks} weeks of the recommended days a week`, () => {
    const days = recommendations[category].daysPerWeek.min;
    const log = sheet()?.querySelector('.tick-log');
    expect(textOf(log?.querySelector('caption'))).toBe(t('print.log.caption', { days, weeks: programmeWeeks }));
    expect(log?.querySelectorAll('thead th[scope="col"]')).toHaveLength(programmeWeeks + 1);
    expect(log?.querySelectorAll('tbody th[scope="row"]').map(textOf)).toEqual(Array.from({ length: days }, (_, i) => t('print.log.day', { day: i + 1 })));
    expect(log?.querySelectorAll('tbody td')).toHaveLength(programmeWeeks * days);
  });
});
