/** Markdown tables for bench/results.md and the console. */

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const count = (n: number): string => n.toLocaleString('en-GB');

export function table(header: string[], rows: (string | number)[][], rightAligned: boolean[] = header.map((_, i) => i > 0)): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(rightAligned.map((right) => (right ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/**
 * `document` with the text between `<!-- name -->` and `<!-- /name -->` replaced by `body`, so
 * a benchmark can keep its figures in a hand-written page; the markers must be there already.
 */
export function replaceBlock(document: string, name: string, body: string): string {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`The markers ${start} and ${end} are not both in the document.`);
  return `${document.slice(0, from + start.length)}\n${body.trim()}\n${document.slice(to)}`;
}
