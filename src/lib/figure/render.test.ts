import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { palette, renderFigure } from './render';
import { samples } from './testing/samples';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('renderFigure', () => {
  it.each(samples)('draws $id as one named picture per keyframe, numbered from 1', ({ figure }) => {
    const names = figure.keyframes.map((k) => `What the body does in step ${k.step}`);
    const { keyframes } = renderFigure(figure, names);
    expect(keyframes).toHaveLength(figure.keyframes.length);
    keyframes.forEach((svg, k) => {
      expect(svg).toMatch(new RegExp(`^<svg [^>]*role="img" aria-label="${names[k]}" data-keyframe="${k + 1}">`));
      expect(svg).not.toMatch(/<(style|script|animate)/);
    });
  });

  it.each(samples)('gives every keyframe of $id the same nested groups, so a player can interpolate them', ({ figure }) => {
    const shapes = renderFigure(figure, []).keyframes.map((svg) => svg.match(/<[a-z]+[^>]* transform="[a-z]+\(/g));
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
  });

  it.each(samples)('keeps $id within 4 KB gzip, all keyframes together', ({ figure }) => {
    const markup = renderFigure(figure, figure.keyframes.map((k) => `Step ${k.step}`)).keyframes.join('');
    expect(gzipSync(markup).length).toBeLessThanOrEqual(4096);
  });

  it('draws every line and shape at 3:1 or more against the white ground', () => {
    const colours = [palette.full.near, palette.full.far, palette.start.near, palette.start.far, palette.prop, palette.arrow];
    for (const colour of colours) expect(contrast(colour, palette.ground)).toBeGreaterThanOrEqual(3);
  });

  it('draws press arrows only in the keyframes that press or tighten something', () => {
    for (const { figure } of samples) {
      const pressing = renderFigure(figure, []).keyframes.map((svg) => svg.includes('data-arrow="press"'));
      expect(pressing).toEqual(figure.keyframes.map((k) => k.press.length > 0));
    }
  });

  it('draws an arrow into every keyframe after the first where something moved, unless told not to', () => {
    const lying = samples.find((s) => s.id === 'back-press-lying')!.figure;
    const arrows = renderFigure(lying, []).keyframes.map((svg) => svg.includes('data-arrow=""'));
    expect(arrows).toEqual([false, true, false]);
  });
});
