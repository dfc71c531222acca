/**
 * A content folder with a large exercise library, for build-time measurements: the real
 * content, plus `count` exercises copied from the real ones with new ids, titles and levels,
 * in every language. Copies keep their template's figure, dose and safety facts.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../src/i18n/locales.ts';

interface Template {
  id: string;
  category: string;
  impact: string;
  /** The facts file. */
  facts: string;
  /** The words file of each language. */
  words: Record<string, string>;
}

/** The impact ladder, lowest first: levels inside a category may only climb it (the build checks). */
const ladder = ['none', 'low', 'moderate', 'high'];

function templates(content: string): Template[] {
  return readdirSync(join(content, 'exercises'))
    .filter((name) => /^[^_].*\.yaml$/.test(name))
    .sort()
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const facts = readFileSync(join(content, 'exercises', name), 'utf8');
      const category = /^category: (\S+)$/m.exec(facts)?.[1];
      const impact = /^impact: (\S+)$/m.exec(facts)?.[1];
      if (!category || !impact) throw new Error(`${name} has no category or impact line.`);
      const words = Object.fromEntries(locales.map((locale) => [locale, readFileSync(join(content, locale, 'exercises', `${id}.mdx`), 'utf8')]));
      return { id, category, impact, facts, words };
    });
}

/** The highest level already used in each category. */
function topLevels(all: Template[]): Map<string, number> {
  const top = new Map<string, number>();
  for (const { category, facts } of all) top.set(category, Math.max(top.get(category) ?? 0, Number(/^level: (\d+)$/m.exec(facts)?.[1] ?? 0)));
  return top;
}

/** One copy's facts: the next free level, and no easier/harder chain. */
export function copyFacts(template: Template, level: number): string {
  return template.facts.replace(/^level: \d+$/m, `level: ${level}`).replace(/^(easier|harder): .*\n/gm, '');
}

/** One copy's words in one language: a numbered title. */
export function copyWords(words: string, number: number): string {
  return words.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.slice(0, 50)} ${number}`);
}

/** Copies `sourceDir` to `targetDir` and adds `count` generated exercises; returns their ids. */
export function generateContent(sourceDir: string, targetDir: string, count: number): string[] {
  rmSync(targetDir, { recursive: true, force: true });
  cpSync(sourceDir, targetDir, { recursive: true });
  const real = templates(targetDir);
  const levels = topLevels(real);
  // Copies go above the real levels, so only the hardest-landing exercises of a category may be copied.
  const top = new Map<string, number>();
  for (const { category, impact } of real) top.set(category, Math.max(top.get(category) ?? 0, ladder.indexOf(impact)));
  const all = real.filter(({ category, impact }) => ladder.indexOf(impact) === top.get(category));
  const ids: string[] = [];
  for (let number = 1; number <= count; number += 1) {
    const template = all[(number - 1) % all.length]!;
    const level = (levels.get(template.category) ?? 0) + 1;
    levels.set(template.category, level);
    const id = `${template.id}-copy-${number}`;
    writeFileSync(join(targetDir, 'exercises', `${id}.yaml`), copyFacts(template, level));
    for (const locale of locales) writeFileSync(join(targetDir, locale, 'exercises', `${id}.mdx`), copyWords(template.words[locale]!, number));
    ids.push(id);
  }
  return ids;
}
