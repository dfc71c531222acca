/**
 * Each exercise's figure, as the page draws it (every keyframe, with its accessible name),
 * stays within 4 KB gzip, so figures never push a page past one round trip. The figures come
 * from the real content, read with the real schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeKeyframes } from '../src/lib/figure/describe';
import { renderFigure } from '../src/lib/figure/render';
import { exerciseSchema } from '../src/schemas/exercise';

const dir = new URL('../content/exercises/', import.meta.url);
const figures = readdirSync(dir)
  .filter((name) => /^[^_].*\.mdx?$/.test(name))
  .sort()
  .flatMap((name) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(new URL(name, dir), 'utf8'))?.[1] ?? '';
    const { figure } = exerciseSchema.parse(parse(frontmatter));
    return figure ? [{ name, figure }] : [];
  });

describe('figures of the content', () => {
  it('has figures to weigh', () => expect(figures.length).toBeGreaterThan(0));

  it.each(figures)('$name draws its figure in 4 KB gzip or less, all keyframes together', ({ figure }) => {
    const markup = renderFigure(figure, describeKeyframes(figure)).keyframes.join('');
    expect(gzipSync(markup).length).toBeLessThanOrEqual(4096);
  });
});
