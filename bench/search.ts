/**
 * Search benchmark: serves the built site with `astro preview`, opens /search/ in Chromium
 * and types a cold query (nothing loaded yet) and then a warm one (Pagefind already loaded).
 * For each it measures the bytes on the wire from the moment the reader enters the box, and
 * the time from the first keystroke to the first result on screen.
 *
 *   npm run build && npm run bench:search
 *
 * DIST_DIR (default `dist`), BENCH_PORT (default 4391), BASE_PATH and CHROMIUM_PATH are read
 * from the environment. Runs on Node 22's built-in type stripping; no extra dependency.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromium } from './browser.ts';
import { startPreview } from './preview.ts';

export interface SearchFigure {
  query: string;
  kind: 'cold' | 'warm';
  /** Bytes on the wire (headers and compressed bodies) from entering the box until the results settle. */
  bytes: number;
  requests: number;
  /** Milliseconds from the first keystroke to the first result in the list. */
  msToFirstResult: number;
}

export interface SearchBenchOptions {
  distDir?: string;
  port?: number;
  basePath?: string;
  coldQuery?: string;
  warmQuery?: string;
}

/** Cold-query budget from the project brief: under 100 kB transferred. */
const coldBudgetBytes = 100_000;

const root = resolve(import.meta.dirname, '..');

const coldOf = (figures: SearchFigure[]) => figures.find((f) => f.kind === 'cold')!;

/** What to report when a first search transferred too much; nothing when it kept to the budget. */
export function overBudget(figures: SearchFigure[]): string | undefined {
  const { bytes } = coldOf(figures);
  return bytes >= coldBudgetBytes ? `Over budget: a first search transferred ${(bytes / 1000).toFixed(1)} kB (budget under ${coldBudgetBytes / 1000} kB).` : undefined;
}

/** Counts what the page downloads; `take()` returns the totals since the last call. */
async function watchNetwork(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let requests = 0;
  let inFlight = 0;
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const finished = (encoded: number) => {
    inFlight = Math.max(inFlight - 1, 0);
    lastActivity = Date.now();
    bytes += encoded;
    requests += 1;
  };
  cdp.on('Network.loadingFinished', (event) => finished(event.encodedDataLength));
  cdp.on('Network.loadingFailed', () => finished(0));
  return {
    /** Resolves once nothing has been in flight for `quietMs`. */
    async settle(quietMs = 300) {
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) await new Promise((done) => setTimeout(done, 50));
    },
    take() {
      const figures = { bytes, requests };
      bytes = 0;
      requests = 0;
      return figures;
    },
  };
}

/** Types `query` into the search box and waits for the first result; returns milliseconds measured in the page. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const list = document.querySelector('[data-search-results]')!;
    const timing = { firstKey: 0, firstResult: 0 };
    (window as unknown as { searchTiming: typeof timing }).searchTiming = timing;
    document.querySelector('#search-q')!.addEventListener('keydown', () => (timing.firstKey ||= performance.now()), { once: true });
    new MutationObserver((_, observer) => {
      if (list.querySelector('[data-search-hit]')) {
        timing.firstResult = performance.now();
        observer.disconnect();
      }
    }).observe(list, { childList: true });
  });
  await page.keyboard.type(query);
  await page.locator('[data-search-hit]').first().waitFor();
  return page.evaluate(() => {
    const { firstKey, firstResult } = (window as unknown as { searchTiming: { firstKey: number; firstResult: number } }).searchTiming;
    return Math.round(firstResult - firstKey);
  });
}

export async function benchmarkSearch(options: SearchBenchOptions = {}): Promise<SearchFigure[]> {
  const distDir = resolve(options.distDir ?? process.env.DIST_DIR ?? 'dist');
  const port = options.port ?? Number(process.env.BENCH_PORT ?? 4391);
  const basePath = (options.basePath ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  const coldQuery = options.coldQuery ?? 'chair';
  const warmQuery = options.warmQuery ?? 'balance';
  if (!existsSync(resolve(distDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`No search index in ${distDir}: run \`npm run build\` first.`);
  }
  const server = await startPreview(root, distDir, port);
  const browser = await launchChromium();
  try {
    // The site's service worker would answer from its cache and hide the bytes from the page's network: this measures a first visit.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(`http://127.0.0.1:${port}${basePath}search/`, { waitUntil: 'networkidle' });
    const network = await watchNetwork(page);
    const figures: SearchFigure[] = [];
    for (const [kind, query] of [['cold', coldQuery], ['warm', warmQuery]] as const) {
      if (kind === 'warm') {
        // Clearing the box empties the list; the next query starts from a clean slate.
        await page.locator('#search-q').fill('');
        await page.locator('[data-search-hit]').first().waitFor({ state: 'detached' });
        await network.settle();
      }
      network.take();
      // Entering the box is where loading starts, as for a reader who clicks and then types.
      await page.locator('#search-q').focus();
      const msToFirstResult = await typeAndTime(page, query);
      await network.settle();
      figures.push({ query, kind, msToFirstResult, ...network.take() });
    }
    const cold = coldOf(figures);
    if (cold.bytes === 0) throw new Error(`The cold search made ${cold.requests} requests but the page's network counted no bytes: something answered it before the network.`);
    return figures;
  } finally {
    await browser.close();
    server.kill();
  }
}

export function toMarkdown(figures: SearchFigure[]): string {
  const rows = figures.map(
    (f) => `| ${f.kind} | "${f.query}" | ${(f.bytes / 1000).toFixed(1)} kB | ${f.requests} | ${f.msToFirstResult} ms |`,
  );
  return ['| query | words | transferred | requests | first keystroke → first result |', '| --- | --- | ---: | ---: | ---: |', ...rows].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await benchmarkSearch();
  console.log(toMarkdown(figures));
  const over = overBudget(figures);
  if (over) {
    console.error(`\n${over}`);
    process.exitCode = 1;
  }
}
