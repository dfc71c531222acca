import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Root of the built site the tests run against. */
export const distDir = process.env.DIST_DIR ?? 'dist';

/** The deploy's base path, "/" or e.g. "/osteomove/". */
export const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Every built HTML page as a URL path (with the base), from the real `dist/`, so a new page is tested without listing it. */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(distDir)
    .map((file) => relative(distDir, file).split(sep).join('/'))
    .map((file) => basePath + file.replace(/index\.html$/, ''))
    .sort();
}

/** A site path with the base in front. */
export const url = (path: string): string => basePath + path.replace(/^\//, '');
