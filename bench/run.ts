/**
 * The benchmark: `npm run bench` (not part of `npm test`; takes several minutes).
 *
 * 1. builds the real site in a fresh copy of the project and times it;
 * 2. weighs one page of each type (HTML, CSS, JS; raw and gzip) and finds the largest page;
 * 3. runs Lighthouse (mobile preset, median of BENCH_LIGHTHOUSE_RUNS runs, default 3) on the
 *    key pages; the budget is 100 in every category;
 * 4. runs the search benchmark of bench/search.ts (cold and warm query);
 * 5. saves each language's copy for offline use (bench/offline.ts) and writes that table into
 *    the README's "Offline" section too;
 * 6. builds the site with 1,000 and 5,000 generated exercises (OSTEOMOVE_CONTENT_DIR) to show
 *    how build time and search index grow; a build over 10 minutes is stopped and the next
 *    smaller size (2,000) is built instead.
 *
 * Writes the tables to the console and to bench/results.md. Work files go to bench/tmp/.
 * Environment: BENCH_SIZES (default "1000,5000"), BENCH_LIGHTHOUSE_RUNS, BENCH_PORT (4600),
 * CHROMIUM_PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { generateContent } from './generate.ts';
import { systemChromium } from './browser.ts';
import { benchmarkOffline, recordInReadme, toMarkdown as offlineMarkdown } from './offline.ts';
import { categories, medianLighthouse, type LighthouseFigure } from './lighthouse.ts';
import { criticalBudget, criticalBytes, pageWeight, type PageWeight } from './pageWeight.ts';
import { startPreview } from './preview.ts';
import { build, BuildTimeout, isolatedProject, type BuildResult } from './project.ts';
import { count, kB, seconds, table } from './report.ts';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench', 'tmp');
const port = Number(process.env.BENCH_PORT ?? 4600);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
// Lighthouse needs a path: where Chromium is not found, this one names what is missing in the error.
const chromePath = systemChromium ?? '/usr/bin/chromium';
const scaleTimeoutMs = 10 * 60_000;
/** When a size takes too long, this smaller one is built instead. */
const fallbackSize: Record<number, number> = { 5000: 2000 };

/** Budgets from DESIGN.md, in gzip bytes. */
const contentPageJsBudget = 5_000;
const planIslandBudget = 20_000;

const pageTypes: [type: string, path: string][] = [
  ['home', '/'],
  ['library', '/exercises/'],
  ['exercise', '/exercises/squats/'],
  ['category', '/training/strength/'],
  ['course', '/courses/prevention/'],
  ['activities', '/activities/'],
  ['guide', '/safety/'],
  ['plan', '/plan/'],
  ['sheets', '/sheets/'],
  ['search', '/search/'],
  ['404', '/404.html'],
  ['home (de)', '/de/'],
  ['exercise (de)', '/de/exercises/squats/'],
  ['course (de)', '/de/courses/functional-training/'],
  ['plan (de)', '/de/plan/'],
  ['search (de)', '/de/search/'],
];
const lighthousePages = ['home', 'library', 'exercise', 'plan', 'search'];
/** Tool pages whose JavaScript is measured against its own budget (or, for search, loads on demand). */
const toolPages = new Set(['plan', 'search', 'sheets', 'plan (de)', 'search (de)']);

const sections: string[] = [];
const notes: string[] = [];
function section(title: string, body: string) {
  const text = `## ${title}\n\n${body}\n`;
  sections.push(text);
  console.log(`\n${text}`);
}
const log = (message: string) => console.log(`[bench] ${message}`);

function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${join(entry.parentPath, entry.name).slice(dist.length + 1).replace(/index\.html$/, '')}`);
}

function folderBytes(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { files: files.length, bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0) };
}

const pageExists = (dist: string, path: string) => existsSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''));

function largestPage(dist: string): { path: string; weight: PageWeight } {
  const weights = htmlPages(dist).map((path) => ({ path, weight: pageWeight(dist, path) }));
  return weights.reduce((a, b) => (b.weight.html.raw > a.weight.html.raw ? b : a));
}

function weighPages(dist: string) {
  const rows: (string | number)[][] = [];
  for (const [type, path] of pageTypes) {
    if (!pageExists(dist, path)) {
      rows.push([type, path, 'not built', '', '', '', '', '', '']);
      notes.push(`The ${type} page (${path}) was not in the build.`);
      continue;
    }
    const w = pageWeight(dist, path);
    rows.push([type, path, kB(w.html.raw), kB(w.html.gzip), kB(w.css.raw), kB(w.css.gzip), kB(w.js.raw), kB(w.js.gzip), kB(w.html.gzip + w.css.gzip + w.js.gzip)]);
    if (!toolPages.has(type) && w.js.gzip > contentPageJsBudget) notes.push(`Over budget: the ${type} page ships ${kB(w.js.gzip)} of JS gzipped (budget ${kB(contentPageJsBudget)}).`);
  }
  const header = ['page type', 'page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total gz'];
  let body = table(header, rows, header.map((_, i) => i > 1));
  if (pageExists(dist, '/plan/')) {
    const plan = pageWeight(dist, '/plan/');
    body += `\n\nPlan island (all JavaScript of /plan/): ${kB(plan.js.raw)} raw, **${kB(plan.js.gzip)} gzip** (budget ${kB(planIslandBudget)}); files: ${plan.files.filter((f) => f.endsWith('.js')).join(', ') || 'none'}.`;
    if (plan.js.gzip > planIslandBudget) notes.push(`Over budget: the plan island is ${kB(plan.js.gzip)} gzipped (budget ${kB(planIslandBudget)}).`);
  }
  const critical = htmlPages(dist).map((path) => ({ path, bytes: criticalBytes(dist, path) }));
  const worst = (prefix: string) => critical.filter((c) => (prefix === '/' ? !c.path.startsWith('/de/') : c.path.startsWith(prefix))).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  for (const [language, prefix] of [['English', '/'], ['German', '/de/']] as const) {
    const top = worst(prefix);
    body += `\n\nCritical bytes (HTML + render-blocking CSS, gzip), ${language}: at most **${kB(top.bytes)}** (${top.path}; budget ${kB(criticalBudget)}).`;
  }
  for (const over of critical.filter((c) => c.bytes > criticalBudget)) notes.push(`Over budget: ${over.path} needs ${kB(over.bytes)} before its first paint (budget ${kB(criticalBudget)}).`);
  const largest = largestPage(dist);
  body += `\n\nLargest page: ${largest.path}, ${kB(largest.weight.html.raw)} of HTML (${kB(largest.weight.html.gzip)} gzip).`;
  body += '\n\nCSS counts every stylesheet the page links, the print stylesheet included; JS counts scripts, module preloads and their static imports, not modules loaded on demand (Pagefind loads only when someone searches).';
  return body;
}

async function lighthouseSection(projectDir: string, dist: string): Promise<string> {
  const server = await startPreview(projectDir, dist, port);
  const rows: (string | number)[][] = [];
  try {
    for (const type of lighthousePages) {
      const path = pageTypes.find(([t]) => t === type)![1];
      if (!pageExists(dist, path)) {
        rows.push([type, 'not built', '', '', '', '', '', '']);
        continue;
      }
      log(`Lighthouse: ${type} (${lighthouseRuns} run(s))`);
      const figure: LighthouseFigure = await medianLighthouse(`http://127.0.0.1:${port}${path}`, chromePath, lighthouseRuns);
      rows.push([type, ...categories.map((c) => figure.scores[c]), `${figure.lcp} ms`, `${figure.tbt} ms`, figure.cls]);
      for (const category of categories) {
        if (figure.scores[category] < 100) {
          const reasons = figure.failing.filter((f) => f.startsWith(`${category}:`)).map((f) => f.slice(category.length + 2));
          notes.push(`Over budget: Lighthouse ${category} ${figure.scores[category]} on the ${type} page${reasons.length ? ` (${reasons.join('; ')})` : ''}.`);
        }
      }
    }
  } finally {
    server.kill();
  }
  return `${table(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'], rows)}\n\nMobile preset (Lighthouse defaults: simulated mid-range phone, throttled 4G), median of ${lighthouseRuns} run(s) by performance score, served by \`astro preview\`.`;
}

async function searchSection(dist: string): Promise<string | undefined> {
  if (!existsSync(join(root, 'bench', 'search.ts'))) return undefined;
  const { benchmarkSearch, overBudget, toMarkdown } = (await import('./search.ts')) as typeof import('./search.ts');
  log('Search benchmark');
  const figures = await benchmarkSearch({ distDir: dist, port: port + 1 });
  const over = overBudget(figures);
  if (over) notes.push(over);
  const index = folderBytes(join(dist, 'pagefind'));
  return `${toMarkdown(figures)}\n\nBytes transferred from entering the search box until the results settle (cold: Pagefind not loaded yet; warm: loaded). Whole Pagefind bundle on disk: ${count(index.files)} files, ${kB(index.bytes)}.`;
}

interface ScaleRow {
  exercises: number;
  pages: number;
  build: BuildResult;
  index: { files: number; bytes: number };
  largest: { path: string; weight: PageWeight };
}

function scaleRow(exercises: number, result: BuildResult): ScaleRow {
  return {
    exercises,
    pages: htmlPages(result.outDir).length,
    build: result,
    index: folderBytes(join(result.outDir, 'pagefind')),
    largest: largestPage(result.outDir),
  };
}

const realExercises = () => readdirSync(join(root, 'content', 'exercises')).filter((name) => /^[^_].*\.yaml$/.test(name)).length;

async function buildGenerated(extra: number): Promise<ScaleRow> {
  const content = join(work, `content-${extra}`);
  const generated = generateContent(join(root, 'content'), content, extra);
  const project = isolatedProject(root, join(work, `site-${extra}`));
  log(`Building with ${count(extra)} generated exercises`);
  const result = await build(project, join(project, 'dist'), { OSTEOMOVE_CONTENT_DIR: content }, scaleTimeoutMs);
  return scaleRow(realExercises() + generated.length, result);
}

function scaleSection(rows: ScaleRow[]): string {
  const base = rows[0]!;
  const body = table(
    ['exercises', 'pages', 'build', 'build per page', 'Pagefind bundle', 'bundle per page', 'largest page (HTML)'],
    rows.map((r) => [
      count(r.exercises),
      count(r.pages),
      seconds(r.build.ms),
      `${(r.build.ms / r.pages).toFixed(1)} ms`,
      `${kB(r.index.bytes)} in ${count(r.index.files)} files`,
      kB(r.index.bytes / r.pages),
      `${r.largest.path} ${kB(r.largest.weight.html.raw)} (${kB(r.largest.weight.html.gzip)} gz)`,
    ]),
  );
  const growth = rows
    .slice(1)
    .map((r) => `${count(r.pages - base.pages)} more pages added ${seconds(r.build.ms - base.build.ms)} (${((r.build.ms - base.build.ms) / (r.pages - base.pages)).toFixed(1)} ms per extra page)`)
    .join('; ');
  return `${body}\n\nCold \`astro build\` (empty content store and Vite caches; Pagefind indexing included) in a fresh copy of the project, after one untimed warm-up build. ${growth ? `Growth: ${growth}.` : ''}`;
}

function environment(): string {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown.
  }
  const cpu = cpus();
  return `Measured on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpu[0]?.model ?? 'unknown CPU'} (${cpu.length} cores), Node ${process.version}, ${chromium}; load average at start ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (other work on the machine slows the timings down).`;
}

async function main() {
  const header = `# OsteoMove benchmark\n\n${environment()} \`npm run bench\` rewrites this file.\n`;
  const realContent = { OSTEOMOVE_CONTENT_DIR: join(root, 'content') };
  // An untimed first build fills the operating system's file cache, so the first timed build is not the only one paying for it.
  log('Warm-up build');
  await build(isolatedProject(root, join(work, 'warm-up')), join(work, 'warm-up', 'dist'), realContent);
  log('Building the real site');
  const siteProject = isolatedProject(root, join(work, 'site'));
  const site = await build(siteProject, join(siteProject, 'dist'), realContent);

  section('Page weight (real site)', weighPages(site.outDir));
  section('Lighthouse', await lighthouseSection(siteProject, site.outDir));
  const search = await searchSection(site.outDir);
  if (search) section('Search', search);
  else notes.push('bench/search.ts is missing: no search figures.');
  log('Offline benchmark');
  const offline = offlineMarkdown(await benchmarkOffline({ projectDir: siteProject, distDir: site.outDir, port: port + 2 }));
  section('Saved copy for offline use', offline);
  recordInReadme(offline, new Date().toISOString().slice(0, 10));

  const scale: ScaleRow[] = [scaleRow(realExercises(), site)];
  for (const size of sizes) {
    try {
      scale.push(await buildGenerated(size));
    } catch (error) {
      const smaller = fallbackSize[size];
      if (!(error instanceof BuildTimeout) || !smaller) throw error;
      notes.push(`The build with ${count(size)} generated exercises took longer than ${seconds(scaleTimeoutMs)} and was stopped; ${count(smaller)} were built instead.`);
      log(error.message);
      scale.push(await buildGenerated(smaller));
    }
  }
  section('Build time and search index by size', scaleSection(scale));
  section('Over budget and notes', notes.length ? notes.map((n) => `- ${n}`).join('\n') : 'Nothing over budget.');

  writeFileSync(join(root, 'bench', 'results.md'), `${header}\n${sections.join('\n')}`);
  log('Wrote bench/results.md');
  // The copies and generated builds run to hundreds of megabytes and have served their purpose.
  rmSync(work, { recursive: true, force: true });
}

await main();
