/**
 * Draws every figure it is given side by side into one small PNG, so contributors see the style
 * and reviewers see every pose at once. Each row is one figure, its keyframes left to right, with
 * the problems the anatomy checks find printed under it.
 * Usage: node scripts/figures/contact-sheet.ts [out.png]   (default docs/figures.png)
 * Chromium comes from CHROMIUM_PATH or /usr/bin/chromium, as for the browser tests.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import { checkFigure } from '../../src/lib/figure/checks.ts';
import { renderFigure } from '../../src/lib/figure/render.ts';
import { samples } from '../../src/lib/figure/testing/samples.ts';

const out = process.argv[2] ?? 'docs/figures.png';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const rows = samples.map(({ id, spineSafe, figure }) => {
  const drawn = renderFigure(figure, figure.keyframes.map((keyframe) => keyframe.label));
  const problems = checkFigure(figure, { spineSafe });
  const cells = drawn.keyframes
    .map((svg, k) => `<figure>${svg}<figcaption><b>Step ${figure.keyframes[k]!.step}</b> ${escape(figure.keyframes[k]!.label)}</figcaption></figure>`)
    .join('');
  const note = problems.length ? `<ul>${problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>` : '';
  return `<section><h2>${escape(id)}${figure.sided ? ' (each side)' : ''}</h2><div class="row">${cells}</div>${note}</section>`;
});

const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;padding:12px;font:14px system-ui,sans-serif;color:#1b1f24;background:#fff;width:760px}
h2{font-size:15px;margin:8px 0 4px}.row{display:flex;gap:8px;align-items:flex-end}
figure{margin:0;width:170px}svg{display:block;width:170px;height:auto;border:1px solid #d5dbe1}
figcaption{font-size:13px;margin-top:2px}ul{color:#9b1c1c;margin:4px 0}
</style>${rows.join('')}`;

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 784, height: 400 } });
await page.setContent(html);
mkdirSync(dirname(out), { recursive: true });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`Wrote ${out}: ${samples.length} figures.`);
