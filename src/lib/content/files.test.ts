import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatterOf, readContent } from './files';

const root = mkdtempSync(join(tmpdir(), 'osteomove-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('exercises/b.yaml', 'level: 2\n');
write('exercises/a.yaml', 'level: 1\n');
write('exercises/_draft.yaml', 'level: 3\n');
write('en/exercises/a.mdx', '---\ntitle: Squats\n---\n\n## Why it helps\n');
write('de/exercises/a.mdx', '---\ntitle: Kniebeugen\n---\n\n## Warum es hilft\n');

describe('readContent', () => {
  it('joins each entry\'s facts with its words in the language asked for, in id order, skipping files that start with "_"', () => {
    const german = readContent('exercises', 'de', root);
    expect(german.map(({ id, facts, words }) => ({ id, facts, words }))).toEqual([
      { id: 'a', facts: { level: 1 }, words: { title: 'Kniebeugen' } },
      { id: 'b', facts: { level: 2 }, words: {} },
    ]);
    expect(german[0]!.body).toBe('\n## Warum es hilft\n');
    expect(german[0]!.file).toBe(join(root, 'exercises/a.yaml'));
  });

  it('reads English when no language is named', () => {
    expect(readContent('exercises', undefined, root)[0]!.words).toEqual({ title: 'Squats' });
  });
});

describe('frontmatterOf', () => {
  it('splits frontmatter from the body, and reads a file without it as body only', () => {
    expect(frontmatterOf('---\na: 1\n---\nText')).toEqual({ data: { a: 1 }, body: 'Text' });
    expect(frontmatterOf('Text')).toEqual({ data: {}, body: 'Text' });
  });
});
