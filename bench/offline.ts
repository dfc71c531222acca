/**
 * Offline benchmark: serves the built site with `astro preview`, and for each language opens
 * its /offline/ page in a fresh Chromium profile, presses "Save for offline use" and times it
 * until the page says the copy is saved. It reports the files and bytes of each language's copy
 * (from the build's `offline/copy.json`), what the browser then says it stores, and the median
 * time to save.
 *
 *   npm run build && npm run bench:offline
 *
 * Writes its table into the README's "Offline" section (between the `bench:offline` markers),
 * as `npm run bench` does. DIST_DIR (default `dist`), BENCH_PORT (default 4392),
 * BENCH_OFFLINE_RUNS (default 3) and CHROMIUM_PATH are read from the environment.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { localePath, locales, type Locale } from '../src/i18n/locales.ts';
import { copyListPath, type CopyList } from '../src/lib/offline/copy.ts';
import { launchChromium } from './browser.ts';
import { startPreview } from './preview.ts';
import { count, MB, replaceBlock, seconds, table } from './report.ts';

export interface OfflineFigure {
  locale: Locale;
  files: number;
  /** The sum of the copy's files as built, uncompressed. */
  bytes: number;
  /** What `navigator.storage.estimate()` says the origin uses once the copy is saved. */
  storedBytes: number;
  /** Milliseconds from pressing the button until the page says "Saved", one per run. */
  runs: number[];
}

const root = resolve(import.meta.dirname, '..');
const readmeBlock = 'bench:offline';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One save of `locale`'s copy in a new, empty profile; gives the time it took and the storage used. */
async function saveOnce(browser: Browser, origin: string, locale: Locale): Promise<{ ms: number; storedBytes: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${localePath(locale, '/offline/')}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Timed in the page, from the click to the moment the remove button appears (the copy is whole).
    await page.evaluate(() => {
      const saver = document.querySelector('offline-saver')!;
      const timing = { clicked: 0, saved: 0 };
      (window as unknown as { saveTiming: typeof timing }).saveTiming = timing;
      saver.querySelector('[data-offline-save]')!.addEventListener('click', () => (timing.clicked = performance.now()), { once: true });
      new MutationObserver((_, observer) => {
        if (!saver.querySelector<HTMLElement>('[data-offline-remove]')!.hidden) {
          timing.saved = performance.now();
          observer.disconnect();
        }
      }).observe(saver, { attributes: true, subtree: true, attributeFilter: ['hidden'] });
    });
    await page.locator('[data-offline-save]').click();
    await page.locator('[data-offline-remove]').waitFor({ state: 'visible', timeout: 120_000 });
    return await page.evaluate(async () => {
      const { clicked, saved } = (window as unknown as { saveTiming: { clicked: number; saved: number } }).saveTiming;
      return { ms: Math.round(saved - clicked), storedBytes: (await navigator.storage.estimate()).usage ?? 0 };
    });
  } finally {
    await context.close();
  }
}

export async function benchmarkOffline(options: { projectDir?: string; distDir?: string; port?: number; runs?: number } = {}): Promise<OfflineFigure[]> {
  const projectDir = options.projectDir ?? root;
  const distDir = resolve(options.distDir ?? process.env.DIST_DIR ?? 'dist');
  const port = options.port ?? Number(process.env.BENCH_PORT ?? 4392);
  const runs = options.runs ?? Number(process.env.BENCH_OFFLINE_RUNS ?? 3);
  if (!existsSync(join(distDir, 'sw.js'))) throw new Error(`No service worker in ${distDir}: run \`npm run build\` first.`);
  const server = await startPreview(projectDir, distDir, port);
  const browser = await launchChromium();
  try {
    const figures: OfflineFigure[] = [];
    for (const locale of locales) {
      const list = JSON.parse(readFileSync(join(distDir, localePath(locale, '/').slice(1), copyListPath), 'utf8')) as CopyList;
      const saves = [];
      for (let run = 0; run < runs; run += 1) saves.push(await saveOnce(browser, `http://127.0.0.1:${port}`, locale));
      figures.push({ locale, files: list.urls.length, bytes: list.bytes, storedBytes: median(saves.map((s) => s.storedBytes)), runs: saves.map((s) => s.ms) });
    }
    return figures;
  } finally {
    await browser.close();
    server.kill();
  }
}

const languageName = (locale: Locale) => new Intl.DisplayNames('en', { type: 'language' }).of(locale)!;

export function toMarkdown(figures: OfflineFigure[]): string {
  const rows = figures.map((f) => [
    languageName(f.locale),
    count(f.files),
    MB(f.bytes),
    MB(f.storedBytes),
    seconds(median(f.runs)),
    f.runs.map((ms) => seconds(ms)).join(', '),
  ]);
  const body = table(['copy', 'files', 'size as built', 'browser storage after saving', 'time to save (median)', 'runs'], rows);
  const runs = figures[0]?.runs.length ?? 0;
  return `${body}\n\n${runs} ${runs === 1 ? 'save' : 'saves'} per language, each in a new empty Chromium profile, from \`astro preview\` on the same machine (${cpus().length} cores); the time runs from pressing "Save for offline use" until the page says the copy is saved.`;
}

/** Puts the table into the README between its `bench:offline` markers. */
export function recordInReadme(markdown: string, measuredOn: string): void {
  const readme = join(root, 'README.md');
  writeFileSync(readme, replaceBlock(readFileSync(readme, 'utf8'), readmeBlock, `Measured on ${measuredOn} by \`npm run bench:offline\` (also a step of \`npm run bench\`):\n\n${markdown}`));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const markdown = toMarkdown(await benchmarkOffline());
  console.log(markdown);
  recordInReadme(markdown, new Date().toISOString().slice(0, 10));
  console.log('\nWrote the table into README.md (Offline).');
}
