/**
 * The posed figures as built, in every language: every exercise shows its keyframes on its
 * page, named for screen readers and labelled with the words of the page's language, numbered
 * like the steps; a play button that needs JavaScript; its printed sheet carries the same
 * keyframes; and its library card shows the last keyframe as a lazy picture that exists.
 * Exercises come from the content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { readContent } from '../../src/lib/content/files';
import { describeKeyframes } from '../../src/lib/figure/describe';
import { figureSchema } from '../../src/schemas/figure';
import { envSite, page, pathIn, textOf } from './support/site';

const exercises = locales.flatMap((locale) =>
  readContent('exercises', locale).map(({ id, facts, words }) => ({
    id,
    locale,
    figure: figureSchema.parse(facts.figure),
    labels: words.keyframes as string[],
    steps: words.steps as string[],
  })),
);
/** A site path (with the base) as a file of the build. */
const fileOf = (path: string) => join(envSite.distDir, path.slice(envSite.basePath.length));

it('has exercises with figures to check in every language', () => {
  for (const locale of locales) expect(exercises.filter((e) => e.locale === locale).length).toBeGreaterThan(0);
});

describe.each(exercises)('the exercise $id in $locale', ({ id, locale, figure, labels, steps }) => {
  const { t } = useTranslations(locale);
  const root = page(pathIn(locale, `/exercises/${id}/`));
  const count = figure.keyframes.length;
  const numbers = Array.from({ length: count }, (_, k) => String(k + 1));

  it('shows every keyframe on its page, in order, each drawing named by what the body does', () => {
    const drawings = root.querySelectorAll('[data-exercise-page] figure-player svg[data-keyframe]');
    expect(drawings.map((svg) => svg.getAttribute('data-keyframe'))).toEqual(numbers);
    expect(drawings.map((svg) => svg.getAttribute('role'))).toEqual(numbers.map(() => 'img'));
    const names = drawings.map((svg) => svg.getAttribute('aria-label'));
    expect(names).toEqual(describeKeyframes(figure, t));
    for (const name of names) expect(name).toMatch(/^\S.*\.$/);
  });

  it("labels each keyframe with the language's words and a step the page has", () => {
    expect(root.querySelectorAll('[data-exercise-page] ol[data-steps] > li')).toHaveLength(steps.length);
    const captions = root.querySelectorAll('[data-exercise-page] figure-player li > p');
    expect(captions).toHaveLength(count);
    captions.forEach((caption, k) => {
      const { step } = figure.keyframes[k]!;
      expect(step).toBeLessThanOrEqual(steps.length);
      expect(textOf(caption.querySelector('strong'))).toBe(t('figure.step', { step }));
      expect(textOf(caption.querySelector('span'))).toBe(labels[k]);
    });
  });

  it('has a play button that shows only with JavaScript', () => {
    const buttons = root.querySelectorAll('[data-exercise-page] figure-player button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.getAttribute('type')).toBe('button');
    expect(buttons[0]!.classList.contains('needs-js')).toBe(true);
    expect(textOf(buttons[0])).toBe(t('figure.play'));
  });

  it('prints the same keyframes, numbered and labelled alike, on its sheet, without a button', () => {
    const sheet = root.querySelector(`.sheet[data-sheet="${id}"]`);
    expect(sheet?.querySelectorAll('svg[data-keyframe]').map((svg) => svg.getAttribute('data-keyframe'))).toEqual(numbers);
    expect(sheet?.querySelectorAll('.sheet-keyframes strong').map(textOf)).toEqual(figure.keyframes.map(({ step }) => t('figure.step', { step })));
    expect(sheet?.querySelectorAll('.sheet-keyframes p > span').map(textOf)).toEqual(labels);
    expect(sheet?.querySelectorAll('button')).toHaveLength(0);
  });
});

describe.each(locales)('the library in %s', (locale) => {
  const cards = page(pathIn(locale, '/exercises/')).querySelectorAll('[data-exercise-card]');

  it.each(exercises.filter((e) => e.locale === locale))('shows $id on its card as a lazy picture with empty alt, whose file exists', ({ id }) => {
    const card = cards.find((element) => element.getAttribute('data-exercise-card') === id);
    const pictures = card?.querySelectorAll('img') ?? [];
    expect(pictures).toHaveLength(1);
    const picture = pictures[0]!;
    expect(picture.getAttribute('alt')).toBe('');
    expect(picture.getAttribute('loading')).toBe('lazy');
    expect(Number(picture.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(picture.getAttribute('height'))).toBeGreaterThan(0);
    const src = picture.getAttribute('src') ?? '';
    expect(src.startsWith(envSite.basePath)).toBe(true);
    expect(existsSync(fileOf(src)), src).toBe(true);
    expect(readFileSync(fileOf(src), 'utf8')).toMatch(/^<svg [^>]*data-keyframe="\d"/);
  });
});
