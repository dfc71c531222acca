/**
 * Every page of every language fits the first round trip: its HTML and render-blocking CSS
 * stay within 14.6 KB gzip (bench/pageWeight.ts measures both the same way for `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { criticalBudget, criticalBytes } from '../../bench/pageWeight';
import { builtPages, envSite } from './support/site';

describe('critical bytes', () => {
  const pages = builtPages();

  it('has pages in every language to weigh', () => {
    expect(pages.some((path) => path.startsWith(`${envSite.basePath}de/`))).toBe(true);
  });

  it.each(pages)('%s needs at most 14.6 KB gzip before its first paint', (path) => {
    expect(criticalBytes(envSite.distDir, path, envSite.basePath)).toBeLessThanOrEqual(criticalBudget);
  });
});
