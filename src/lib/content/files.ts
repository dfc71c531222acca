/**
 * The content files read as tests and tools outside Astro need them: each entry's facts
 * (`content/<folder>/<id>.yaml`) with its words in one language (`content/<locale>/<folder>/<id>.mdx`).
 * Files starting with "_" are skipped, as by the site. Node only; the site reads them through Astro.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ContentFile {
  id: string;
  /** The facts file's path, for messages. */
  file: string;
  facts: Record<string, unknown>;
  /** The words file's frontmatter; empty when the language has no words for the entry. */
  words: Record<string, unknown>;
  /** The words file's body (Markdown). */
  body: string;
}

/** The content the build reads (tests point it elsewhere, as src/content.config.ts allows). */
export const contentRoot = (): string => process.env.OSTEOMOVE_CONTENT_DIR ?? join(import.meta.dirname, '../../../content');

export function frontmatterOf(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! } : { data: {}, body: text };
}

export function readContent(folder: string, locale = 'en', root = contentRoot()): ContentFile[] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => /^[^_].*\.yaml$/.test(name))
    .sort()
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const wordsFile = join(root, locale, folder, `${id}.mdx`);
      const { data, body } = existsSync(wordsFile) ? frontmatterOf(readFileSync(wordsFile, 'utf8')) : { data: {}, body: '' };
      return { id, file: join(dir, name), facts: (parse(readFileSync(join(dir, name), 'utf8')) ?? {}) as Record<string, unknown>, words: data, body };
    });
}
