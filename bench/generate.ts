/**
 * A content folder with a large exercise library, for build-time measurements: the real
 * content, plus `count` exercises copied from the real ones with new ids, titles and levels.
 * Copies keep their template's figure, dose and safety facts.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Template {
  id: string;
  category: string;
  impact: string;
  text: string;
}

/** The impact ladder, lowest first: levels inside a category may only climb it (the build checks). */
const ladder = ['none', 'low', 'moderate', 'high'];

function templates(exercisesDir: string): Template[] {
  return readdirSync(exercisesDir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(exercisesDir, name), 'utf8');
      const category = /^category: (\S+)$/m.exec(text)?.[1];
      const impact = /^impact: (\S+)$/m.exec(text)?.[1];
      if (!category || !impact) throw new Error(`${name} has no category or impact line.`);
      return { id: name.replace(/\.mdx?$/, ''), category, impact, text };
    });
}

/** The highest level already used in each category. */
function topLevels(all: Template[]): Map<string, number> {
  const top = new Map<string, number>();
  for (const { category, text } of all) top.set(category, Math.max(top.get(category) ?? 0, Number(/^level: (\d+)$/m.exec(text)?.[1] ?? 0)));
  return top;
}

/** One copy: a new id in the file name, a numbered title, the next free level, and no easier/harder chain. */
export function copyExercise(template: Template, number: number, level: number): string {
  return template.text
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.slice(0, 50)} ${number}`)
    .replace(/^level: \d+$/m, `level: ${level}`)
    .replace(/^(easier|harder): .*\n/gm, '');
}

/** Copies `sourceDir` to `targetDir` and adds `count` generated exercises; returns their ids. */
export function generateContent(sourceDir: string, targetDir: string, count: number): string[] {
  rmSync(targetDir, { recursive: true, force: true });
  cpSync(sourceDir, targetDir, { recursive: true });
  const exercisesDir = join(targetDir, 'exercises');
  const real = templates(exercisesDir);
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
    writeFileSync(join(exercisesDir, `${id}.mdx`), copyExercise(template, number, level));
    ids.push(id);
  }
  return ids;
}
