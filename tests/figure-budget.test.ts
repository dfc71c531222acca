/**
 * Each exercise's figure, as the page draws it (every keyframe, with its accessible name),
 * stays within 4 KB gzip in every language, so figures never push a page past one round trip.
 * The figures come from the real content, read with the real schema.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../src/i18n';
import { locales } from '../src/i18n/locales';
import { readContent } from '../src/lib/content/files';
import { describeKeyframes } from '../src/lib/figure/describe';
import { renderFigure } from '../src/lib/figure/render';
import { exerciseSchema } from '../src/schemas/exercise';

const figures = readContent('exercises').flatMap(({ id, facts }) =>
  locales.map((locale) => ({ id, locale, figure: exerciseSchema.parse(facts).figure })),
);

describe('figures of the content', () => {
  it('has figures to weigh', () => expect(figures.length).toBeGreaterThan(0));

  it.each(figures)('$id ($locale) draws its figure in 4 KB gzip or less, all keyframes together', ({ figure, locale }) => {
    const markup = renderFigure(figure, describeKeyframes(figure, useTranslations(locale).t)).keyframes.join('');
    expect(gzipSync(markup).length).toBeLessThanOrEqual(4096);
  });
});
