import { describe, expect, it } from 'vitest';
import { findBrokenLinks, siteRootOf, type BuiltSite } from './check.ts';
import { resolveReference } from './resolve.ts';

const root = new URL('https://example.org/osteomove/');

function site(files: Record<string, string>): BuiltSite {
  return { files: Object.keys(files), read: (file) => files[file] ?? '' };
}

describe('resolveReference', () => {
  const page = new URL('https://example.org/osteomove/exercises/squats/');
  it('maps addresses with the base to files of the built folder', () => {
    expect(resolveReference('/osteomove/plan/?days=mo#week', page, root)).toEqual({ kind: 'file', file: 'plan/index.html', fragment: 'week' });
    expect(resolveReference('../lunges/', page, root)).toEqual({ kind: 'file', file: 'exercises/lunges/index.html', fragment: '' });
    expect(resolveReference('#steps', page, root)).toEqual({ kind: 'file', file: 'exercises/squats/index.html', fragment: 'steps' });
    expect(resolveReference('https://example.org/osteomove/_astro/a%20b.svg', page, root)).toEqual({ kind: 'file', file: '_astro/a b.svg', fragment: '' });
  });

  it('tells other sites and addresses outside the base apart', () => {
    expect(resolveReference('https://www.informedhealth.org/', page, root)).toEqual({ kind: 'elsewhere' });
    expect(resolveReference('mailto:a@example.org', page, root)).toEqual({ kind: 'elsewhere' });
    expect(resolveReference('/plan/', page, root)).toEqual({ kind: 'outside-base', path: '/plan/' });
  });
});

describe('findBrokenLinks', () => {
  it('passes a site whose links, assets and anchors all exist', () => {
    const report = findBrokenLinks(
      site({
        'index.html': '<a href="/osteomove/exercises/#list">L</a><a href="https://other.example/">O</a><link rel="stylesheet" href="/osteomove/_astro/s.css">',
        'exercises/index.html': '<ul id="list"></ul><a href="../">Home</a>',
        '_astro/s.css': 'a{background:url(/osteomove/_astro/bg.svg)}',
        '_astro/bg.svg': '<svg/>',
      }),
      root,
    );
    expect(report).toEqual({ checked: 5, external: 1, problems: [] });
  });

  it('reports missing files, missing anchors, missing trailing slashes and links that leave the base', () => {
    const report = findBrokenLinks(
      site({
        'index.html': '<a href="/osteomove/gone/">G</a><a href="/osteomove/exercises/#nothing">N</a><a href="/osteomove/exercises">S</a><img src="/_astro/a.svg" alt="">',
        'exercises/index.html': '<h1 id="top">E</h1>',
      }),
      root,
    );
    expect(report.problems.map((p) => `${p.url}: ${p.reason}`)).toEqual([
      '/osteomove/gone/: leads to no file',
      '/osteomove/exercises/#nothing: names #nothing, which exercises/index.html does not have',
      '/osteomove/exercises: lacks its trailing slash',
      '/_astro/a.svg: leaves the base /osteomove/',
    ]);
  });

  it('reports anything the browser would fetch from another host, but not links to other sites or data addresses', () => {
    const report = findBrokenLinks(
      site({
        'index.html':
          '<a href="https://other.example/">O</a><blockquote cite="https://other.example/q"></blockquote><img src="data:image/png;base64,AA" alt="">' +
          '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//fonts.example/f.css"><img srcset="https://img.example/a.png 2x" alt=""><form action="https://forms.example/"></form>',
        '_astro/s.css': '@font-face{src:url(https://fonts.example/f.woff2)}',
      }),
      root,
    );
    expect(report.problems.map((p) => `${p.origin} ${p.url}: ${p.reason}`)).toEqual([
      'script src https://cdn.example/x.js: loads from another host',
      'link href //fonts.example/f.css: loads from another host',
      'img srcset https://img.example/a.png: loads from another host',
      'form action https://forms.example/: loads from another host',
      'css url() https://fonts.example/f.woff2: loads from another host',
    ]);
  });

  it('checks the sitemap, robots.txt and the manifest too', () => {
    const report = findBrokenLinks(
      site({
        'index.html': '',
        'sitemap-0.xml': '<loc>https://example.org/osteomove/</loc><loc>https://example.org/osteomove/old/</loc>',
        'robots.txt': 'Sitemap: https://example.org/osteomove/sitemap-index.xml',
        'manifest.webmanifest': '{"start_url":"/osteomove/","icons":[{"src":"/osteomove/icon.png"}]}',
      }),
      root,
    );
    expect(report.problems.map((p) => `${p.origin} ${p.url}`)).toEqual([
      'sitemap loc https://example.org/osteomove/old/',
      'robots.txt Sitemap https://example.org/osteomove/sitemap-index.xml',
      'manifest icon /osteomove/icon.png',
    ]);
  });
});

describe('siteRootOf', () => {
  it('reads site and base from the home page canonical link, and refuses a page without one', () => {
    expect(siteRootOf('<link rel="canonical" href="https://example.org/osteomove/">').href).toBe('https://example.org/osteomove/');
    expect(() => siteRootOf('<title>Home</title>')).toThrow(/canonical/);
  });
});
