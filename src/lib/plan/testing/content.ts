/**
 * Loads the real exercises the way the site does: the facts from `content/exercises/*.yaml`,
 * the words of one language from `content/<locale>/exercises/*.mdx` (files starting with "_"
 * are skipped), each validated with its schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultLocale, type Locale } from '../../../i18n/locales';
import { exerciseSchema, exerciseWordsSchema } from '../../../schemas/exercise';
import { toPlanExercise, type PlanExercise } from '../types';

const contentDir = new URL('../../../../content/', import.meta.url);

export function loadContentExercises(locale: Locale = defaultLocale): PlanExercise[] {
  const factsDir = new URL('exercises/', contentDir);
  const wordsDir = new URL(`${locale}/exercises/`, contentDir);
  return readdirSync(factsDir)
    .filter((name) => /^[^_].*\.yaml$/.test(name))
    .sort()
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const facts = exerciseSchema.safeParse(parse(readFileSync(new URL(name, factsDir), 'utf8')));
      if (!facts.success) throw new Error(`content/exercises/${name}: ${facts.error.message}`);
      const text = readFileSync(new URL(`${id}.mdx`, wordsDir), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      if (frontmatter === undefined) throw new Error(`content/${locale}/exercises/${id}.mdx: no frontmatter`);
      const words = exerciseWordsSchema.safeParse(parse(frontmatter));
      if (!words.success) throw new Error(`content/${locale}/exercises/${id}.mdx: ${words.error.message}`);
      return toPlanExercise(id, { ...facts.data, ...words.data });
    });
}
