import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { criticalBytes, pageAssets, pageWeight, staticImports } from './pageWeight.ts';

describe('pageAssets', () => {
  it('finds stylesheets, scripts and module preloads, not JSON-LD or icons', () => {
    const html = `<link rel="icon" href="/f.svg"><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print">
      <link rel="modulepreload" href="/m.js"><script type="module" src="/s.js"></script><script type="application/ld+json">{"src":"x"}</script>`;
    expect(pageAssets(html)).toEqual({ css: ['/a.css', '/p.css'], js: ['/m.js', '/s.js'] });
  });
});

describe('staticImports', () => {
  it('follows static imports and re-exports, not dynamic imports', () => {
    const code = `import{a as b}from"./chunk.A1.js";import"./side.js";export*from"./re.js";const p=import("./lazy.js");`;
    expect(staticImports(code)).toEqual(['./chunk.A1.js', './side.js', './re.js']);
  });
});

describe('pageWeight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'osteomove-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'page'), { recursive: true });
  mkdirSync(join(dist, '_astro'), { recursive: true });
  const html = '<link rel="stylesheet" href="/osteomove/_astro/a.css"><script type="module" src="/osteomove/_astro/entry.js"></script>';
  writeFileSync(join(dist, 'page', 'index.html'), html);
  writeFileSync(join(dist, '_astro', 'a.css'), 'body{color:red}');
  writeFileSync(join(dist, '_astro', 'entry.js'), 'import{x}from"./shared.js";x();');
  writeFileSync(join(dist, '_astro', 'shared.js'), 'export const x=()=>1;import("./lazy.js");');
  writeFileSync(join(dist, '_astro', 'lazy.js'), 'x'.repeat(5000));

  it('counts the HTML, its CSS and its JS with static imports, under the base, each file once', () => {
    const weight = pageWeight(dist, '/osteomove/page/', '/osteomove/');
    expect(weight.html.raw).toBe(html.length);
    expect(weight.html.gzip).toBe(gzipSync(html, { level: 6 }).length);
    expect(weight.css.raw).toBe('body{color:red}'.length);
    expect(weight.js.raw).toBe('import{x}from"./shared.js";x();'.length + 'export const x=()=>1;import("./lazy.js");'.length);
    expect(weight.files.sort()).toEqual(['_astro/a.css', '_astro/entry.js', '_astro/shared.js']);
  });
});

describe('criticalBytes', () => {
  const dist = mkdtempSync(join(tmpdir(), 'osteomove-critical-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'de', 'plan'), { recursive: true });
  mkdirSync(join(dist, '_astro'), { recursive: true });
  const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/p.css" media="print">';
  writeFileSync(join(dist, 'de', 'plan', 'index.html'), html);
  writeFileSync(join(dist, '_astro', 'a.css'), 'body{color:red}');
  writeFileSync(join(dist, '_astro', 'p.css'), 'nav{display:none}'.repeat(50));

  it('counts the HTML and the render-blocking stylesheets, not the print one', () => {
    expect(criticalBytes(dist, '/de/plan/')).toBe(gzipSync(html, { level: 6 }).length + gzipSync('body{color:red}', { level: 6 }).length);
  });
});
