/**
 * Loads the real exercise frontmatter from `content/exercises/*.mdx` the way the site does
 * (files starting with "_" are skipped), validated with the exercise schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { exerciseSchema } from '../../../schemas/exercise';
import { toPlanExercise, type PlanExercise } from '../types';

export const exercisesDir = new URL('../../../../content/exercises/', import.meta.url);

export function loadContentExercises(dir: URL = exercisesDir): PlanExercise[] {
  return readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      if (frontmatter === undefined) throw new Error(`${name}: no frontmatter`);
      const result = exerciseSchema.safeParse(parse(frontmatter));
      if (!result.success) throw new Error(`${name}: ${result.error.message}`);
      return toPlanExercise(name.replace(/\.mdx?$/, ''), result.data);
    });
}
