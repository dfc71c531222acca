/**
 * Where an address leads inside a built site that is served from `siteRoot`
 * (the site address with its base, e.g. https://example.org/osteomove/).
 */
export type Target =
  /** Not a web address of this site (another host, mailto:, data: ...): not checked here. */
  | { kind: 'elsewhere' }
  /** This host, but outside the base: it cannot exist in the built folder. */
  | { kind: 'outside-base'; path: string }
  /** A file of the built folder, relative to its root, with the decoded fragment ('' for none). */
  | { kind: 'file'; file: string; fragment: string };

const notWebAddress = /^(?:mailto|tel|sms|data|blob|javascript|about):/i;

/** The address a built file is served at: `exercises/squats/index.html` → `<root>exercises/squats/`. */
export function addressOf(file: string, siteRoot: URL): URL {
  return new URL(file.replace(/(^|\/)index\.html$/, '$1'), siteRoot);
}

export function resolveReference(reference: string, from: URL, siteRoot: URL): Target {
  if (notWebAddress.test(reference)) return { kind: 'elsewhere' };
  const target = new URL(reference, from);
  if (target.origin !== siteRoot.origin || !/^https?:$/.test(target.protocol)) return { kind: 'elsewhere' };
  if (!target.pathname.startsWith(siteRoot.pathname)) return { kind: 'outside-base', path: target.pathname };
  const path = decodeURIComponent(target.pathname.slice(siteRoot.pathname.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return { kind: 'file', file, fragment: decodeURIComponent(target.hash.slice(1)) };
}
