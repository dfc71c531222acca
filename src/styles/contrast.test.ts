/**
 * The colour pairs of global.css against the design's budget: 7:1 (WCAG AAA) for body text and
 * the primary buttons, in the light theme and the dark one. Independent checkers measure the
 * built pages the same way, so the theme file itself is what is read here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./global.css', import.meta.url), 'utf8');

/** The `--color-*` values of one block of the theme file (the `@theme` block, or the dark scheme's `:root`). */
function coloursOf(block: string): Record<string, string> {
  const start = css.indexOf(block);
  if (start === -1) throw new Error(`global.css has no "${block}" block.`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

/** Relative luminance of an sRGB colour, as WCAG 2 defines it. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const light = coloursOf('@theme {');
const dark = { ...light, ...coloursOf('@media (prefers-color-scheme: dark)') };

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_, colours) => {
  const pair = (text: string, background: string) => contrast(colours[text]!, colours[background]!);

  it('gives the primary buttons (accent-ink on accent) at least 7:1', () => {
    expect(pair('accent-ink', 'accent')).toBeGreaterThanOrEqual(7);
  });

  it('gives body text at least 7:1 on the page and on panels', () => {
    for (const background of ['paper', 'panel', 'warn-panel', 'stop-panel', 'ok-panel']) {
      expect(pair('ink', background), background).toBeGreaterThanOrEqual(7);
    }
  });

  it('gives the focus style at least 7:1', () => {
    expect(pair('focus-ink', 'focus')).toBeGreaterThanOrEqual(7);
  });
});

it('measures as the checkers do: white on the old #0b6e4f comes out at their 6.25:1', () => {
  expect(contrast('#ffffff', '#0b6e4f')).toBeCloseTo(6.25, 2);
});
