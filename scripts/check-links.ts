/**
 * Fails when a built site links to a file it does not have or to an id a page lacks.
 * Usage: node scripts/check-links.ts <built folder>   (e.g. dist, dist-base)
 * The site address and base come from the home page's canonical link, so the same command
 * checks a root deploy and a sub-path deploy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks, siteRootOf } from './links/check.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: node scripts/check-links.ts <built folder>');
  process.exit(2);
}

const files = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .sort();
const read = (file: string) => readFileSync(join(folder, file), 'utf8');
const siteRoot = siteRootOf(read('index.html'));
const report = findBrokenLinks({ files, read }, siteRoot);

if (report.problems.length > 0) {
  // One line per broken address, however many pages repeat it (a header link is on all of them).
  const byAddress = Map.groupBy(report.problems, ({ origin, url, reason }) => `${origin} "${url}" ${reason}`);
  const lines = [...byAddress].map(([problem, found]) => {
    const pages = [...new Set(found.map((p) => p.file))];
    return `  ${problem} — in ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}`;
  });
  console.error(`${report.problems.length} broken link(s) in ${folder} (served at ${siteRoot.href}):\n${lines.join('\n')}`);
  process.exit(1);
}
console.log(`${folder}: ${report.checked} addresses in ${files.length} files lead somewhere (${report.external} to other sites, not followed); site ${siteRoot.href}`);
