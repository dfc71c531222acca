/**
 * What one built page costs to load: its HTML, and the CSS and JavaScript it references
 * (stylesheets, scripts, module preloads and the modules those import statically). Modules
 * loaded on demand (Pagefind, `import()`) are left out: a reader who does not search never
 * downloads them. Sizes are raw and gzip-compressed (level 6, what servers commonly use).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Size;
  css: Size;
  js: Size;
  /** The CSS and JS files counted, relative to the built folder. */
  files: string[];
}

const sizeOf = (bytes: Buffer): Size => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const none: Size = { raw: 0, gzip: 0 };

/** Stylesheets and scripts a page references, as written in its HTML. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const tags = html.replace(/<script\b[^>]*type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g, '').match(/<(?:link|script)\b[^>]*>/g) ?? [];
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const css: string[] = [];
  const js: string[] = [];
  for (const tag of tags) {
    const rel = attribute(tag, 'rel');
    if (tag.startsWith('<link') && rel === 'stylesheet') css.push(attribute(tag, 'href')!);
    if (tag.startsWith('<link') && rel === 'modulepreload') js.push(attribute(tag, 'href')!);
    if (tag.startsWith('<script') && attribute(tag, 'src')) js.push(attribute(tag, 'src')!);
  }
  return { css, js };
}

/** Modules a (minified) module imports statically: `import x from"./a.js"`, `import"./b.js"`, `export*from"./c.js"`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
}

/**
 * The weight of the page at `pagePath` (e.g. "/exercises/squats/" or "/404.html") in the built
 * folder `distDir`, served under `basePath`.
 */
export function pageWeight(distDir: string, pagePath: string, basePath = '/'): PageWeight {
  const local = (address: string) => address.slice(basePath.length).split(/[?#]/)[0]!;
  const htmlFile = join(distDir, local(pagePath), pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlFile);
  const { css, js } = pageAssets(html.toString('utf8'));
  const counted = new Set<string>();
  const total = (addresses: string[], follow: boolean): Size => {
    let size = none;
    const queue = addresses.map(local);
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (counted.has(file) || !existsSync(join(distDir, file))) continue;
      counted.add(file);
      const bytes = readFileSync(join(distDir, file));
      size = add(size, sizeOf(bytes));
      if (follow) {
        for (const imported of staticImports(bytes.toString('utf8'))) {
          queue.push(imported.startsWith('/') ? local(imported) : posix.join(posix.dirname(file), imported));
        }
      }
    }
    return size;
  };
  return { html: sizeOf(html), css: total(css, false), js: total(js, true), files: [...counted] };
}

export const sizeOfFile = (file: string): Size => sizeOf(readFileSync(file));

/** Critical bytes may be at most 14.6 KB (KiB) gzip: what fits the first round trip of a new connection (10 TCP segments). */
export const criticalBudget = 14_950;

/**
 * The bytes a reader waits for before the first paint: the page's HTML and its render-blocking
 * stylesheets (not `media="print"`), each gzip-compressed.
 */
export function criticalBytes(distDir: string, pagePath: string, basePath = '/'): number {
  const local = (address: string) => address.slice(basePath.length).split(/[?#]/)[0]!;
  const html = readFileSync(join(distDir, local(pagePath), pagePath.endsWith('/') ? 'index.html' : ''));
  const blocking = (html.toString('utf8').match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [])
    .filter((tag) => !/\smedia="print"/.test(tag))
    .map((tag) => /\shref="([^"]*)"/.exec(tag)![1]!);
  return sizeOf(html).gzip + blocking.reduce((sum, href) => sum + sizeOf(readFileSync(join(distDir, local(href)))).gzip, 0);
}
