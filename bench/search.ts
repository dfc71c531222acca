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
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';

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
export const coldBudgetBytes = 100_000;

const require = createRequire(import.meta.url);

async function startPreview(distDir: string, port: number): Promise<ChildProcess> {
  const astroPackage = require.resolve('astro/package.json');
  const astro = join(dirname(astroPackage), (require(astroPackage) as { bin: { astro: string } }).bin.astro);
  // --ignore-lock: another preview of the same project (a test run) may already be serving.
  const server = spawn(
    process.execPath,
    [astro, 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', distDir, '--ignore-lock'],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).status < 500) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on port ${port} within 30 s.`);
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
  const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const server = await startPreview(distDir, port);
  const browser = await chromium.launch({
    executablePath: systemChromium,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
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
    const cold = figures.find((f) => f.kind === 'cold')!;
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
  const cold = figures.find((f) => f.kind === 'cold')!;
  if (cold.bytes >= coldBudgetBytes) {
    console.error(`\nOver budget: a cold query transferred ${cold.bytes} bytes (budget ${coldBudgetBytes}).`);
    process.exitCode = 1;
  }
}
