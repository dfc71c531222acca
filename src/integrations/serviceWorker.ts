import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { generateSW } from 'workbox-build';
import { localeInfo, localePath, type Locale } from '../i18n/locales';
import { cacheName, cachePrefix, copyFiles, copyList, copyListPath, formatMegabytes, urlOf, type BuiltFile } from '../lib/offline/copy';
import { offlineTokens } from '../lib/offline/tokens';

interface Options {
  locales: readonly Locale[];
  defaultLocale: Locale;
}

/** The files of the built folder, relative with `/`, and their sizes. */
async function builtFiles(root: string): Promise<BuiltFile[]> {
  const names = await readdir(root, { recursive: true });
  const files = await Promise.all(
    names.map(async (name) => {
      const info = await stat(join(root, name));
      return info.isFile() ? { path: name.split(sep).join('/'), bytes: info.size } : undefined;
    }),
  );
  return files.filter((file) => file !== undefined).sort((a, b) => a.path.localeCompare(b.path));
}

/** The build's fingerprint: every file's path and content, so any change of a page, style or index makes a new version. */
async function fingerprint(root: string, files: readonly BuiltFile[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(await readFile(join(root, file.path))).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** The worker's own part (src/islands/offline/offline-worker.ts) as a classic script, with this build's facts in front. */
async function offlineWorker(facts: object): Promise<string> {
  const source = await readFile(fileURLToPath(new URL('../islands/offline/offline-worker.ts', import.meta.url)), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: true } });
  // The facts go last, so the compiled "use strict" stays the script's first statement; the handlers read them only when events arrive.
  return `${outputText.replace(/^export \{\};\s*$/m, '')}\nconst offlineCopy = ${JSON.stringify(facts)};\n`;
}

/** A route for the navigations under `prefix`, as a function Workbox copies into the worker by its source text. */
const navigationsUnder = (prefix: string) =>
  // Workbox copies the matcher's source into the worker, so the prefix must be in that source, not in a closure.
  new Function('{ request, url, sameOrigin }', `return sameOrigin && request.mode === 'navigate' && url.pathname.startsWith(${JSON.stringify(prefix)});`) as () => boolean;

/**
 * Writes the service worker after the build (after Pagefind, whose index it lists). Workbox
 * generates it: it keeps every page and file of the site's own origin that a reader opens in
 * the cache of this build's version, answers from it first (a version never changes), ignores
 * query strings (Pagefind's cache-busting `?ts=`, a search's `?q=`), and shows the language's
 * /offline/ page for a page that is neither cached nor reachable. Next to each /offline/ page
 * it writes the list of that language's copy, and puts its size and the version into the pages.
 */
export default function serviceWorkerIntegration({ locales, defaultLocale }: Options): AstroIntegration {
  let base = '/';
  return {
    name: 'osteomove-service-worker',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = await builtFiles(root);
        const version = await fingerprint(root, files);
        const home = (locale: Locale) => localePath(locale, '/').slice(1);
        const sizes = new Map<Locale, string>();
        for (const locale of locales) {
          const list = copyList(copyFiles(files, locale, locales, defaultLocale), version, base);
          await writeFile(join(root, home(locale), copyListPath), JSON.stringify(list));
          sizes.set(locale, formatMegabytes(list.bytes, localeInfo[locale].region));
          logger.info(`The ${locale} copy for offline use: ${list.urls.length} files, ${(list.bytes / 1e6).toFixed(1)} MB.`);
        }
        const languageOf = (path: string) => locales.find((l) => l !== defaultLocale && path.startsWith(home(l))) ?? defaultLocale;
        for (const { path } of files.filter((file) => file.path.endsWith('.html'))) {
          const html = await readFile(join(root, path), 'utf8');
          if (!html.includes(offlineTokens.version) && !html.includes(offlineTokens.size)) continue;
          await writeFile(join(root, path), html.replaceAll(offlineTokens.version, version).replaceAll(offlineTokens.size, sizes.get(languageOf(path))!));
        }

        const cache = cacheName(version);
        const lists = locales.map((locale) => urlOf(home(locale) + copyListPath, base));
        await writeFile(join(root, 'offline-worker.js'), await offlineWorker({ prefix: cachePrefix, cache, version, lists }));
        // The precache knows the page by its file name, not by its directory address.
        const fallback = (locale: Locale) => ({ fallbackURL: `${base}${home(locale)}offline/index.html` });
        // Other languages first: the default language's pages are every navigation that is left.
        const ordered = [...locales.filter((l) => l !== defaultLocale), defaultLocale];
        const { warnings } = await generateSW({
          swDest: join(root, 'sw.js'),
          globDirectory: root,
          // Only what the fallback page needs; the rest waits until a reader opens it or saves the copy.
          globPatterns: [...locales.map((locale) => `${home(locale)}offline/index.html`), '_astro/*.css'],
          dontCacheBustURLsMatching: /^_astro\//,
          importScripts: ['offline-worker.js'],
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          clientsClaim: true,
          // A new version waits until the reader presses "Reload" (src/islands/offline/register.ts).
          skipWaiting: false,
          cleanupOutdatedCaches: true,
          ignoreURLParametersMatching: [/.*/],
          runtimeCaching: [
            ...ordered.map((locale) => ({
              urlPattern: navigationsUnder(urlOf(home(locale), base)),
              handler: 'CacheFirst' as const,
              options: { cacheName: cache, matchOptions: { ignoreSearch: true }, precacheFallback: fallback(locale) },
            })),
            {
              // The list of a copy is stored only by the save button, once every file is in.
              urlPattern: new Function('{ request, url, sameOrigin }', `return sameOrigin && request.method === 'GET' && !url.pathname.endsWith('/${copyListPath}');`) as () => boolean,
              handler: 'CacheFirst' as const,
              options: { cacheName: cache, matchOptions: { ignoreSearch: true } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(`Workbox: ${warning}`);
        logger.info(`Wrote the service worker for version ${version} in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
