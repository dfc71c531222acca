/**
 * The posed figures as built: every exercise with a `figure` shows its keyframes on its page,
 * named for screen readers and numbered like the steps of "How to do it", with a play button
 * that needs JavaScript; its printed sheet carries the same keyframes; and its library card
 * shows the last keyframe as a lazy picture that exists. Exercises come from the content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { describeKeyframes } from '../../src/lib/figure/describe';
import { stepsHeading } from '../../src/lib/sheets/sections';
import { figureSchema, type Figure } from '../../src/schemas/figure';
import { envSite, page, textOf } from './support/site';

/** The content the build read (tests and helpers may point it elsewhere, as src/content.config.ts allows). */
const contentDir = join(process.env.OSTEOMOVE_CONTENT_DIR ?? 'content', 'exercises');
const withFigures = readdirSync(contentDir)
  .filter((name) => /^[^_].*\.mdx?$/.test(name))
  .flatMap((name) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(contentDir, name), 'utf8'))?.[1] ?? '';
    const data = parseYaml(frontmatter) as { figure?: unknown };
    return data.figure ? [{ id: name.replace(/\.mdx?$/, ''), figure: figureSchema.parse(data.figure) as Figure }] : [];
  });
const sitePath = (path: string) => envSite.basePath + path.replace(/^\//, '');
/** A site path (with the base) as a file of the build. */
const fileOf = (path: string) => join(envSite.distDir, path.slice(envSite.basePath.length));

it('has exercises with figures to check', () => {
  expect(withFigures.length).toBeGreaterThan(0);
});

describe.each(withFigures)('the exercise $id', ({ id, figure }) => {
  const root = page(sitePath(`/exercises/${id}/`));
  const count = figure.keyframes.length;
  const numbers = Array.from({ length: count }, (_, k) => String(k + 1));

  it('shows every keyframe on its page, in order, each drawing named by what the body does', () => {
    const drawings = root.querySelectorAll('[data-exercise-page] figure-player svg[data-keyframe]');
    expect(drawings.map((svg) => svg.getAttribute('data-keyframe'))).toEqual(numbers);
    expect(drawings.map((svg) => svg.getAttribute('role'))).toEqual(numbers.map(() => 'img'));
    const names = drawings.map((svg) => svg.getAttribute('aria-label'));
    expect(names).toEqual(describeKeyframes(figure));
    for (const name of names) expect(name).toMatch(/^\S.*\.$/);
  });

  it('numbers each keyframe with a step that "How to do it" has', () => {
    const heading = root.querySelectorAll('.exercise-body h2').find((h2) => textOf(h2) === stepsHeading);
    const steps = heading?.nextElementSibling?.tagName === 'OL' ? heading.nextElementSibling.querySelectorAll(':scope > li') : [];
    expect(steps.length).toBeGreaterThan(0);
    const captions = root.querySelectorAll('[data-exercise-page] figure-player li > p');
    expect(captions).toHaveLength(count);
    captions.forEach((caption, k) => {
      const { step, label } = figure.keyframes[k]!;
      expect(step).toBeLessThanOrEqual(steps.length);
      expect(textOf(caption.querySelector('strong'))).toBe(t('figure.step', { step }));
      expect(textOf(caption)).toContain(label);
    });
  });

  it('has a play button that shows only with JavaScript', () => {
    const buttons = root.querySelectorAll('[data-exercise-page] figure-player button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.getAttribute('type')).toBe('button');
    expect(buttons[0]!.classList.contains('needs-js')).toBe(true);
    expect(textOf(buttons[0])).toBe(t('figure.play'));
  });

  it('prints the same keyframes, numbered alike, on its sheet, without a button', () => {
    const sheet = root.querySelector(`.sheet[data-sheet="${id}"]`);
    expect(sheet?.querySelectorAll('svg[data-keyframe]').map((svg) => svg.getAttribute('data-keyframe'))).toEqual(numbers);
    expect(sheet?.querySelectorAll('.sheet-keyframes strong').map(textOf)).toEqual(figure.keyframes.map(({ step }) => t('figure.step', { step })));
    expect(sheet?.querySelectorAll('button')).toHaveLength(0);
  });
});

describe('the library', () => {
  const cards = page(sitePath('/exercises/')).querySelectorAll('[data-exercise-card]');

  it.each(withFigures)('shows $id on its card as a lazy picture with empty alt, whose file exists', ({ id }) => {
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
