/** Markdown tables for bench/results.md and the console. */

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const count = (n: number): string => n.toLocaleString('en-GB');

export function table(header: string[], rows: (string | number)[][], rightAligned: boolean[] = header.map((_, i) => i > 0)): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(rightAligned.map((right) => (right ? '---:' : '---'))), ...rows.map(line)].join('\n');
}
