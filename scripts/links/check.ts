import { anchorTargets, canonicalOf, cssReferences, htmlReferences, manifestReferences, robotsReferences, sitemapReferences, type Reference } from './extract.ts';
import { addressOf, resolveReference } from './resolve.ts';

/** Read access to a built folder; paths are relative to its root, with `/` separators. */
export interface BuiltSite {
  files: string[];
  read(file: string): string;
}

/** One address that leads nowhere: where it is, what it says and why it fails. */
export interface BrokenLink {
  file: string;
  origin: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  checked: number;
  external: number;
  problems: BrokenLink[];
}

/** The addresses a file holds, by its kind; other files (images, scripts, the search index) hold none to check. */
function referencesIn(file: string, text: () => string): Reference[] {
  if (file.endsWith('.html')) return htmlReferences(text());
  if (file.endsWith('.css')) return cssReferences(text());
  if (/(^|\/)sitemap[^/]*\.xml$/.test(file)) return sitemapReferences(text());
  if (file === 'robots.txt') return robotsReferences(text());
  if (file.endsWith('.webmanifest')) return manifestReferences(text());
  return [];
}

/**
 * Addresses a reader follows or a search engine reads. Any other address is one the browser
 * fetches or sends to by itself (a script, an image, a stylesheet's font, a form), which the
 * site keeps on its own host: nothing about a reader may reach another one.
 */
const followedOnly = /^(?:a href|meta content|\w+ cite|sitemap loc|robots\.txt Sitemap|manifest start_url)$/;

/**
 * Every internal address in the built site must lead to a file of it, and every fragment
 * to an id on the page it names, and nothing the browser fetches on its own comes from another
 * host. Text fragments (`#:~:text=`) are the browser's, not ours.
 */
export function findBrokenLinks(site: BuiltSite, siteRoot: URL): LinkReport {
  const files = new Set(site.files);
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (file: string) => anchorsOf.get(file) ?? anchorsOf.set(file, anchorTargets(site.read(file))).get(file)!;
  const report: LinkReport = { checked: 0, external: 0, problems: [] };

  for (const file of site.files) {
    for (const { url, origin } of referencesIn(file, () => site.read(file))) {
      const target = resolveReference(url, addressOf(file, siteRoot), siteRoot);
      const broken = (reason: string) => report.problems.push({ file, origin, url, reason });
      report.checked += 1;
      if (target.kind === 'elsewhere') {
        report.external += 1;
        if (!followedOnly.test(origin) && /^https?:$/.test(new URL(url, addressOf(file, siteRoot)).protocol)) broken('loads from another host');
      } else if (target.kind === 'outside-base') {
        broken(`leaves the base ${siteRoot.pathname}`);
      } else if (!files.has(target.file)) {
        broken(files.has(`${target.file}/index.html`) ? 'lacks its trailing slash' : 'leads to no file');
      } else if (target.fragment && !target.fragment.startsWith(':~:') && target.file.endsWith('.html') && !anchors(target.file).has(target.fragment)) {
        broken(`names #${target.fragment}, which ${target.file} does not have`);
      }
    }
  }
  return report;
}

/** The address the site is served from, read from the home page's canonical link (site and base together). */
export function siteRootOf(homeHtml: string): URL {
  const canonical = canonicalOf(homeHtml);
  if (!canonical || !/^https?:\/\//.test(canonical)) throw new Error('The home page has no absolute canonical link to read the site address from.');
  return new URL(canonical);
}
