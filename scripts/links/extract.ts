/**
 * Pulls the addresses and anchor targets out of built files. The input is Astro's own
 * output (well-formed, validated by html-validate first), so a quote-aware tag scanner is
 * enough; no browser or DOM is needed, which keeps the check fast over thousands of pages.
 */

/** One address found in a file, with where it came from for the error message. */
export interface Reference {
  url: string;
  /** e.g. `a href`, `img srcset`, `css url()`. */
  origin: string;
}

const tagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Attributes whose value is one address. */
const addressAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite']);

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return entities[name.toLowerCase()] ?? match;
  });
}

/** Comments and the text of scripts and styles hold no markup; blank them out so they cannot look like tags. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

function* tags(html: string): Generator<Tag> {
  for (const [, name = '', rawAttributes = ''] of markupOnly(html).matchAll(tagPattern)) {
    const attributes = new Map<string, string>();
    for (const [, attribute = '', doubleQuoted, singleQuoted, bare] of rawAttributes.matchAll(attributePattern)) {
      attributes.set(attribute.toLowerCase(), decodeEntities(doubleQuoted ?? singleQuoted ?? bare ?? ''));
    }
    yield { name: name.toLowerCase(), attributes };
  }
}

/** The addresses of a `srcset`: each candidate is an address and an optional width or density. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** Every address an HTML page points at: links, assets, forms and absolute addresses in meta tags. */
export function htmlReferences(html: string): Reference[] {
  const references: Reference[] = [];
  for (const { name, attributes } of tags(html)) {
    for (const [attribute, value] of attributes) {
      if (addressAttributes.has(attribute) && value.trim() !== '') references.push({ url: value.trim(), origin: `${name} ${attribute}` });
      if (attribute === 'srcset' || attribute === 'imagesrcset') {
        for (const url of srcsetUrls(value)) references.push({ url, origin: `${name} ${attribute}` });
      }
    }
    const content = attributes.get('content');
    if (name === 'meta' && content && /^https?:\/\//.test(content)) references.push({ url: content, origin: 'meta content' });
  }
  return references;
}

/** The ids a fragment (`#id`) can point at: every `id`, and `name` on `<a>` for old-style anchors. */
export function anchorTargets(html: string): Set<string> {
  const targets = new Set<string>();
  for (const { name, attributes } of tags(html)) {
    const id = attributes.get('id');
    if (id) targets.add(id);
    const anchorName = attributes.get('name');
    if (name === 'a' && anchorName) targets.add(anchorName);
  }
  return targets;
}

/** `url(...)` addresses in a stylesheet. */
export function cssReferences(css: string): Reference[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)]
    .map(([, doubleQuoted, singleQuoted, bare]) => (doubleQuoted ?? singleQuoted ?? bare ?? '').trim())
    .filter((url) => url !== '')
    .map((url) => ({ url, origin: 'css url()' }));
}

/** `<loc>` entries of a sitemap. */
export function sitemapReferences(xml: string): Reference[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url = '']) => ({ url: decodeEntities(url.trim()), origin: 'sitemap loc' }));
}

/** `Sitemap:` lines of robots.txt. */
export function robotsReferences(text: string): Reference[] {
  return [...text.matchAll(/^sitemap:\s*(\S+)/gim)].map(([, url = '']) => ({ url, origin: 'robots.txt Sitemap' }));
}

/** Start address and icons of a web manifest. */
export function manifestReferences(json: string): Reference[] {
  const manifest = JSON.parse(json) as { start_url?: string; scope?: string; icons?: { src: string }[] };
  return [
    ...(manifest.start_url ? [{ url: manifest.start_url, origin: 'manifest start_url' }] : []),
    ...(manifest.icons ?? []).map((icon) => ({ url: icon.src, origin: 'manifest icon' })),
  ];
}

/** The address in `<link rel="canonical">`, if the page has one. */
export function canonicalOf(html: string): string | undefined {
  for (const { name, attributes } of tags(html)) {
    if (name === 'link' && attributes.get('rel')?.split(/\s+/).includes('canonical')) return attributes.get('href');
  }
  return undefined;
}
