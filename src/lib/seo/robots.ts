/**
 * robots.txt: everything may be crawled, and crawlers learn where the sitemap is. The sitemap
 * address must be absolute, so it is written at build time from the deploy's site and base.
 */
export function robotsTxt(sitemapUrl: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl.href}\n`;
}
