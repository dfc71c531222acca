/**
 * What makes up the saved copy of one language, worked out from the built folder's file list.
 * The service worker integration (src/integrations/serviceWorker.ts) writes the result next to
 * each language's /offline/ page, and the save button (src/islands/offline/) downloads it.
 */

/** A built file, relative to the built folder with `/` separators, and its size in bytes. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** What one language's copy holds: the version of the build, its addresses and their total size. */
export interface CopyList {
  /** The build's fingerprint; caches named after another version belong to an older deploy. */
  version: string;
  bytes: number;
  /** Addresses with the deploy's base, pages as their directory address (`/de/plan/`). */
  urls: string[];
}

/** Every cache the site makes starts with this, so a new version can delete the old ones and nothing else. */
export const cachePrefix = 'osteomove-copy-';

/** The one cache of a version: pages a reader opened and the saved copies share it, so they are always of one build. */
export const cacheName = (version: string): string => `${cachePrefix}${version}`;

/** Where a language's list lives, relative to the language's home: `offline/copy.json`. */
export const copyListPath = 'offline/copy.json';

/*
 * Files no reader opens: the host's header rules, the crawler files, the service worker itself
 * (the browser fetches it outside any cache) and the list of the copy, which the save button
 * stores last, as the sign that a copy is complete.
 */
const neverCopied = [/^_headers$/, /^robots\.txt$/, /^sitemap[^/]*\.xml$/, /^sw\.js$/, /^workbox-[^/]*\.js$/, /^offline-worker\.js$/, /(^|\/)offline\/copy\.json$/];

/** The language a built page belongs to: the first folder when it names a non-default locale. */
function languageOf(path: string, locales: readonly string[], defaultLocale: string): string {
  const first = path.split('/')[0]!;
  return path.includes('/') && first !== defaultLocale && locales.includes(first) ? first : defaultLocale;
}

/**
 * Pagefind's files a search in `locale` loads: the loader, the entry list, that language's
 * metadata, WebAssembly, index, fragments and filters. The other languages' chunks stay out.
 */
function isSearchFile(path: string, locale: string): boolean {
  const inside = path.slice('pagefind/'.length);
  if (inside === 'pagefind.js' || inside === 'pagefind-entry.json') return true;
  return (
    inside === `wasm.${locale}.pagefind` ||
    inside.startsWith(`pagefind.${locale}_`) ||
    (/^(index|fragment|filter)\//.test(inside) && inside.split('/')[1]!.startsWith(`${locale}_`))
  );
}

/**
 * The files of `locale`'s copy: its HTML pages, its manifest, the shared assets (styles,
 * scripts, figures, icons) and its search index. Other languages' pages and Pagefind's
 * ready-made interfaces (this site has its own search page) are left out.
 */
export function copyFiles(files: readonly BuiltFile[], locale: string, locales: readonly string[], defaultLocale: string): BuiltFile[] {
  return files.filter(({ path }) => {
    if (neverCopied.some((pattern) => pattern.test(path))) return false;
    if (path.startsWith('pagefind/')) return isSearchFile(path, locale);
    const own = languageOf(path, locales, defaultLocale) === locale;
    if (path.endsWith('.html') || path.endsWith('.webmanifest') || path.endsWith('.json')) return own;
    // Assets are shared by every language, except what sits in another language's folder.
    return own || languageOf(path, locales, defaultLocale) === defaultLocale;
  });
}

/** The address of a built file under `base`: `de/plan/index.html` is `/osteomove/de/plan/`. */
export function urlOf(path: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The list of `locale`'s copy, ready to be written as JSON. */
export function copyList(files: readonly BuiltFile[], version: string, base: string): CopyList {
  return {
    version,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    urls: files.map((file) => urlOf(file.path, base)),
  };
}

/** A size as readers say it, in megabytes with one decimal (at least 0.1 MB), in the reader's region. */
export function formatMegabytes(bytes: number, region: string): string {
  const megabytes = Math.max(0.1, Math.round(bytes / 100_000) / 10);
  return new Intl.NumberFormat(region, { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(megabytes);
}
