/** How a reader can find a source again: each way as an address to follow and the text to print for it. */
export interface SourceLink {
  /** Where the link leads; the site never loads anything from it. */
  href: string;
  /** What the page or the paper shows, so that the way also works when printed. */
  label: string;
}

/** The source's own address first, then its DOI through the DOI resolver. */
export function sourceLinks(source: { url?: string; doi?: string }): SourceLink[] {
  return [
    ...(source.url ? [{ href: source.url, label: source.url.replace(/^https:\/\//, '') }] : []),
    ...(source.doi ? [{ href: `https://doi.org/${source.doi}`, label: `doi:${source.doi}` }] : []),
  ];
}
