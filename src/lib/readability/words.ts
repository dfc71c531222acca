/** The words a reader reads in a words file: the title, summary, steps, cautions, daily-life tip and body as plain text. */
import { parse } from 'yaml';

const readKeys = ['summary', 'steps', 'cautions', 'dailyLife', 'reason', 'description'] as const;

export function readableText(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  const data = (match ? parse(match[1]!) : {}) as Record<string, unknown>;
  const body = match ? match[2]! : source;
  const front = readKeys.flatMap((key) => {
    const value = data[key];
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  });
  const prose = body
    .replace(/<[^>]+\/>/g, '')
    .replace(/^#+\s.*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
  return [...front.map((line) => (/[.!?]$/.test(line.trim()) ? line : `${line}.`)), prose].join('\n\n');
}
