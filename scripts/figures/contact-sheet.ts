/**
 * Draws every figure of the content into one small PNG, so contributors see the style and
 * reviewers see every pose at once: two exercises a row, each with its keyframes left to right
 * and the step each belongs to, and the problems the anatomy checks find printed under it.
 * The PNG is reduced to a small palette (the drawings use a handful of colours) to stay light.
 * Usage: node scripts/figures/contact-sheet.ts [out.png]   (default docs/figures.png)
 * Chromium comes from CHROMIUM_PATH or /usr/bin/chromium, as for the browser tests.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { readContent } from '../../src/lib/content/files.ts';
import { checkFigure } from '../../src/lib/figure/checks.ts';
import { renderFigure } from '../../src/lib/figure/render.ts';
import { figureSchema } from '../../src/schemas/figure.ts';

const out = process.argv[2] ?? 'docs/figures.png';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every exercise with its figure and English keyframe labels. */
const exercises = readContent('exercises').map(({ id, facts, words }) => ({
  id,
  title: String(words.title ?? id),
  spineSafe: facts.spineSafe === true,
  figure: figureSchema.parse(facts.figure),
  labels: (words.keyframes ?? []) as string[],
}));

const cells = exercises.map(({ title, spineSafe, figure, labels }) => {
  const drawn = renderFigure(figure, labels);
  const problems = checkFigure(figure, { spineSafe });
  const frames = drawn.keyframes
    .map((svg, k) => `<figure>${svg}<figcaption><b>${figure.keyframes[k]!.step}</b> ${escape(labels[k] ?? '')}</figcaption></figure>`)
    .join('');
  const note = problems.length ? `<ul>${problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>` : '';
  return `<section><h2>${escape(title)}${figure.sided ? ' (each side)' : ''}</h2><div class="row">${frames}</div>${note}</section>`;
});

const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;padding:8px;font:11px system-ui,sans-serif;color:#1b1f24;background:#fff;width:944px;display:grid;grid-template-columns:1fr 1fr;gap:6px 12px}
h2{font-size:12px;margin:0 0 2px}.row{display:flex;gap:4px;align-items:flex-start}
figure{margin:0;min-width:0;flex:0 1 auto}svg{display:block;height:96px;width:auto;max-width:100%;border:1px solid #d5dbe1}
figcaption{font-size:10px;line-height:1.15;margin-top:1px;max-width:110px}ul{color:#9b1c1c;margin:2px 0;padding-left:14px}
</style>${cells.join('')}`;

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 960, height: 400 } });
await page.setContent(html);
const shot = await page.screenshot({ fullPage: true });
await browser.close();
mkdirSync(dirname(out), { recursive: true });
await sharp(shot).png({ palette: true, colours: 48, compressionLevel: 9 }).toFile(out);
console.log(`Wrote ${out}: ${exercises.length} figures.`);
