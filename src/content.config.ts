import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { locales } from './i18n/locales';
import { activityFactsSchema, activityWordsSchema } from './schemas/activity';
import { courseFactsSchema, courseWordsSchema } from './schemas/course';
import { everydayFactsSchema, everydayWordsSchema } from './schemas/everyday';
import { exerciseFields, exerciseWordsSchema, withSafetyRules } from './schemas/exercise';
import { guideSchema } from './schemas/guide';
import { sourceSchema } from './schemas/source';
import { findEverydayFigureProblems, findFigureProblems, findImpactOrderBreaks, findLevelClashes, findMissingReferences, type EntryFacts } from './lib/content/integrity';
import { findEverydayWordsMismatches, findExerciseWordsMismatches, findMissingWords, type WordsEntry } from './lib/content/translations';

/** Tests point this at a folder of broken fixtures to prove that the build rejects them. */
const contentRoot = process.env.OSTEOMOVE_CONTENT_DIR ?? './content';
const factsPattern = '[^_]*.yaml';
const wordsPattern = (folder: string) => `{${locales.join(',')}}/${folder}/[^_]*.{md,mdx}`;

const sourceIds = (): Set<string> =>
  new Set((JSON.parse(readFileSync(`${contentRoot}/sources.json`, 'utf8')) as { id: string }[]).map((s) => s.id));

/** The facts files of a folder as the checks of another collection need them (each collection loads on its own). */
const readFacts = (folder: string): EntryFacts[] =>
  readdirSync(`${contentRoot}/${folder}`)
    .filter((name) => /^[^_].*\.yaml$/.test(name))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      filePath: `${contentRoot}/${folder}/${name}`,
      data: (parse(readFileSync(`${contentRoot}/${folder}/${name}`, 'utf8')) ?? {}) as Record<string, unknown>,
    }));

const factIds = (folder: string): Set<string> => new Set(readFacts(folder).map((f) => f.id));

/** A loader followed by checks that need all its entries (or other folders) at once. */
function checked<T extends EntryFacts>(inner: Loader, name: string, toEntry: (id: string, filePath: string, data: Record<string, unknown>) => T, check: (entries: T[]) => string[]): Loader {
  return {
    name: `osteomove-${name}`,
    load: async (context: LoaderContext) => {
      await inner.load(context);
      const entries = context.store.values().map((entry) => toEntry(entry.id, entry.filePath ?? `${name}/${entry.id}`, entry.data));
      const problems = check(entries);
      if (problems.length > 0) {
        throw new Error(`The ${name} content has ${problems.length} problem(s):\n${problems.join('\n')}`);
      }
    },
  };
}

/** The facts of a folder: `content/<folder>/<id>.yaml`. */
const factsLoader = (folder: string, check: (entries: EntryFacts[]) => string[]) =>
  checked(glob({ base: `${contentRoot}/${folder}`, pattern: factsPattern }), folder, (id, filePath, data) => ({ id, filePath, data }), check);

/**
 * The words of a folder in every language: `content/<locale>/<folder>/<id>.mdx`, with the id
 * `<locale>/<id>`. The words belong to the facts of the same folder, read once for all its checks;
 * words-only folders (guides, `withFacts` false) need each id in every language.
 */
const wordsLoader = (folder: string, check: (entries: WordsEntry[], facts: EntryFacts[]) => string[] = () => [], withFacts = true) =>
  checked(
    glob({
      base: contentRoot,
      pattern: wordsPattern(folder),
      generateId: ({ entry }) => entry.replace(`/${folder}/`, '/').replace(/\.mdx?$/, ''),
    }),
    `${folder} words`,
    (id, filePath, data) => ({ id: id.slice(id.indexOf('/') + 1), locale: id.slice(0, id.indexOf('/')), filePath, data }),
    (entries) => {
      const facts = withFacts ? readFacts(folder) : [];
      const factIds = withFacts ? new Set(facts.map((f) => f.id)) : undefined;
      return [...findMissingWords(entries, locales, { root: contentRoot, folder, factIds }), ...check(entries, facts)];
    },
  );

const checkSources = (entries: EntryFacts[]) => findMissingReferences(entries, 'sources', sourceIds(), 'source');
const sourceList = z.array(reference('sources')).min(1);

const exercises = defineCollection({
  loader: factsLoader('exercises', (entries) => {
    const ids = new Set(entries.map((e) => e.id));
    return [
      ...checkSources(entries),
      ...findLevelClashes(entries),
      ...findImpactOrderBreaks(entries),
      ...findFigureProblems(entries),
      ...findMissingReferences(entries, 'easier', ids, 'exercise', true),
      ...findMissingReferences(entries, 'harder', ids, 'exercise', true),
    ];
  }),
  schema: withSafetyRules(
    exerciseFields.extend({
      easier: reference('exercises').optional(),
      harder: reference('exercises').optional(),
      sources: sourceList,
    }),
  ),
});

const exerciseWords = defineCollection({
  loader: wordsLoader('exercises', (words, facts) => findExerciseWordsMismatches(facts, words)),
  schema: exerciseWordsSchema,
});

const courses = defineCollection({
  loader: factsLoader('courses', checkSources),
  schema: courseFactsSchema.extend({ sources: sourceList }),
});

const courseWords = defineCollection({ loader: wordsLoader('courses'), schema: courseWordsSchema });

const activities = defineCollection({
  loader: factsLoader('activities', (entries) => [
    ...checkSources(entries),
    ...findMissingReferences(entries, 'exercise', factIds('exercises'), 'exercise'),
  ]),
  schema: activityFactsSchema.extend({ sources: sourceList, exercise: reference('exercises').optional() }),
});

const activityWords = defineCollection({ loader: wordsLoader('activities'), schema: activityWordsSchema });

/** Everyday tasks done in a way that spares the spine; together they make the page /everyday/. */
const everyday = defineCollection({
  loader: factsLoader('everyday', (entries) => [...checkSources(entries), ...findEverydayFigureProblems(entries)]),
  schema: everydayFactsSchema.extend({ sources: sourceList }),
});

const everydayWords = defineCollection({
  loader: wordsLoader('everyday', (words, facts) => findEverydayWordsMismatches(facts, words)),
  schema: everydayWordsSchema,
});

/** A whole page per language, words and sources together: guides, the category introductions, the home page. */
const pageCollection = (folder: string) =>
  defineCollection({
    loader: wordsLoader(folder, checkSources, false),
    schema: guideSchema.extend({ sources: sourceList }),
  });

const guides = pageCollection('guides');
/** The introduction of each category page (`strength`, `balance`, `bone`). */
const training = pageCollection('training');
/** Words of pages that are not an entry of another collection, such as the home page. */
const pages = pageCollection('pages');

const sources = defineCollection({
  loader: file(`${contentRoot}/sources.json`),
  schema: sourceSchema,
});

export const collections = { exercises, exerciseWords, courses, courseWords, activities, activityWords, everyday, everydayWords, guides, training, pages, sources };
