import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locales } from '../src/i18n/locales.ts';
import { generateContent } from './generate.ts';

const target = join(mkdtempSync(join(tmpdir(), 'osteomove-bench-')), 'content');
afterAll(() => rmSync(join(target, '..'), { recursive: true, force: true }));

describe('generateContent', () => {
  const ids = generateContent('content', target, 60);
  const exercises = readdirSync(join(target, 'exercises')).filter((name) => name.endsWith('.yaml'));
  const field = (text: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1];

  it('keeps the real content and adds the asked number of exercises, with words in every language', () => {
    const real = readdirSync('content/exercises').filter((name) => name.endsWith('.yaml'));
    expect(ids).toHaveLength(60);
    expect(exercises).toHaveLength(real.length + 60);
    for (const locale of locales) expect(readdirSync(join(target, locale, 'exercises'))).toHaveLength(real.length + 60);
  });

  it('gives every exercise of a category its own level and every copy its own title', () => {
    const seen = new Set<string>();
    for (const name of exercises) {
      const text = readFileSync(join(target, 'exercises', name), 'utf8');
      const key = `${field(text, 'category')}:${field(text, 'level')}`;
      expect(seen.has(key), `${name} ${key}`).toBe(false);
      seen.add(key);
    }
    for (const locale of locales) {
      const titles = new Set(exercises.map((name) => field(readFileSync(join(target, locale, 'exercises', name.replace('.yaml', '.mdx')), 'utf8'), 'title')));
      expect(titles.size).toBe(exercises.length);
    }
  });

  it('keeps the figure of the original and drops the easier/harder chain', () => {
    const copy = readFileSync(join(target, 'exercises', `${ids[0]}.yaml`), 'utf8');
    expect(copy).toMatch(/^figure:\n  view: (side|front)$/m);
    expect(copy).not.toMatch(/^(easier|harder):/m);
  });
});
