import { describe, expect, it } from 'vitest';
import { anchorTargets, canonicalOf, cssReferences, decodeEntities, htmlReferences, manifestReferences, robotsReferences, sitemapReferences } from './extract.ts';

describe('htmlReferences', () => {
  it('finds links, assets, forms, srcset candidates and absolute meta addresses', () => {
    const html = `<a href="/a/">A</a><img src="/i.svg" srcset="/i-1.png 1x, /i-2.png 2x" alt="">
      <form action="/search/"></form><link rel="stylesheet" href='/s.css'><script type="module" src="/x.js"></script>
      <meta property="og:url" content="https://example.org/a/"><meta name="description" content="Not an address">`;
    expect(htmlReferences(html).map((r) => `${r.origin} ${r.url}`)).toEqual([
      'a href /a/',
      'img src /i.svg',
      'img srcset /i-1.png',
      'img srcset /i-2.png',
      'form action /search/',
      'link href /s.css',
      'script src /x.js',
      'meta content https://example.org/a/',
    ]);
  });

  it('decodes entities and ignores what scripts, styles and comments contain', () => {
    const html = `<a href="/plan/?days=mo&amp;level=1">P</a><!-- <a href="/gone/"> --><script>const a = '<a href="/js/">';</script>
      <style>a[href="/css/"]{}</style><a data-x="a > b" href="/after/">B</a>`;
    expect(htmlReferences(html).map((r) => r.url)).toEqual(['/plan/?days=mo&level=1', '/after/']);
  });
});

describe('anchorTargets', () => {
  it('collects ids and the names of anchors', () => {
    expect([...anchorTargets('<h2 id="why">Why</h2><a name="old"></a><input name="not-a-target">')]).toEqual(['why', 'old']);
  });
});

describe('canonicalOf', () => {
  it('reads the canonical address, whatever the attribute order', () => {
    expect(canonicalOf('<link href="/icon.svg" rel="icon"><link href="https://example.org/base/" rel="canonical">')).toBe('https://example.org/base/');
    expect(canonicalOf('<link rel="icon" href="/icon.svg">')).toBeUndefined();
  });
});

describe('other built files', () => {
  it('reads css url(), sitemap locations, the robots sitemap line and manifest icons', () => {
    expect(cssReferences(`a{background:url("/a.svg")} b{mask:url( /b.svg )} c{x:url(data:image/png;base64,AA==)}`).map((r) => r.url)).toEqual([
      '/a.svg',
      '/b.svg',
      'data:image/png;base64,AA==',
    ]);
    expect(sitemapReferences('<url><loc>https://example.org/a/</loc></url>').map((r) => r.url)).toEqual(['https://example.org/a/']);
    expect(robotsReferences('User-agent: *\nSitemap: https://example.org/sitemap-index.xml\n').map((r) => r.url)).toEqual([
      'https://example.org/sitemap-index.xml',
    ]);
    expect(manifestReferences('{"start_url":"/b/","icons":[{"src":"/b/i.png"}]}').map((r) => r.url)).toEqual(['/b/', '/b/i.png']);
  });

  it('decodes numeric entities', () => expect(decodeEntities('&#x2F;a&#47;b&unknown;')).toBe('/a/b&unknown;'));
});
