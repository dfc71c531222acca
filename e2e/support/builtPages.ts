import type { TestInfo } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built site under test: its folder and the base path it is served under. */
export interface BuiltSite {
  distDir: string;
  /** "/" or e.g. "/osteomove/". */
  basePath: string;
}

const withSlash = (path: string) => path.replace(/\/?$/, '/');

/** The site the environment names (DIST_DIR, BASE_PATH), as every spec of the `site` project tests it. */
export const envSite: BuiltSite = { distDir: process.env.DIST_DIR ?? 'dist', basePath: withSlash(process.env.BASE_PATH ?? '/') };

/** Root of the built site the tests run against. */
export const distDir = envSite.distDir;

/** The deploy's base path, "/" or e.g. "/osteomove/". */
export const basePath = envSite.basePath;

/**
 * The site of the running test's Playwright project: a project's `metadata` may name its own
 * build and base (the `base` project tests the sub-path build); otherwise the environment's.
 */
export function siteOf(testInfo: TestInfo): BuiltSite {
  const { distDir: dir, basePath: base } = testInfo.project.metadata as Partial<BuiltSite>;
  return dir && base ? { distDir: dir, basePath: withSlash(base) } : envSite;
}

/** Every built HTML page as a URL path (with the base), from the real `dist/`, so a new page is tested without listing it. */
export function builtPages(site: BuiltSite = envSite): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(site.distDir)
    .map((file) => relative(site.distDir, file).split(sep).join('/'))
    .map((file) => site.basePath + file.replace(/index\.html$/, ''))
    .sort();
}

/**
 * The built file of a site path, as the server finds it: a page's `index.html`, or the file
 * itself (`/plan/exercises.json`). The path carries the base of `site`; a path without it is
 * read from the top of the folder.
 */
export function builtFile(path: string, site: BuiltSite = envSite): string {
  const inSite = path.startsWith(site.basePath) ? path.slice(site.basePath.length) : path.replace(/^\//, '');
  return join(site.distDir, inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite);
}

/** A site path with the base of `site` in front. */
export const siteUrl = (site: BuiltSite, path: string): string => site.basePath + path.replace(/^\//, '');

/** A site path with the environment's base in front (one parameter, so `paths.map(url)` works). */
export const url = (path: string): string => siteUrl(envSite, path);
