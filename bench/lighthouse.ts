/**
 * Lighthouse with its default settings, which are the mobile preset (a mid-range phone on a
 * throttled 4G connection, simulated), in the system's Chromium.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { quietChromiumFlags } from './browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseFigure {
  scores: Record<Category, number>;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Audits that lost points, for the notes under the table. */
  failing: string[];
}

const chromeFlags = ['--headless=new', '--no-sandbox', ...quietChromiumFlags];

export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseFigure> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const numeric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
    const failing = categories.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${lhr.audits[ref.id]!.title} (${ref.id})`),
    );
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      lcp: Math.round(numeric('largest-contentful-paint')),
      tbt: Math.round(numeric('total-blocking-time')),
      cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      failing,
    };
  } finally {
    chrome.kill();
  }
}

/** The run with the median performance score of several, since timing on a busy machine varies. */
export async function medianLighthouse(url: string, chromePath: string, runs: number): Promise<LighthouseFigure> {
  const figures: LighthouseFigure[] = [];
  for (let run = 0; run < runs; run += 1) figures.push(await runLighthouse(url, chromePath));
  figures.sort((a, b) => a.scores.performance - b.scores.performance || a.lcp - b.lcp);
  return figures[Math.floor(figures.length / 2)]!;
}
