import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { activitySchema } from './schemas/activity';
import { courseSchema } from './schemas/course';
import { everydaySchema } from './schemas/everyday';
import { exerciseFields, withSafetyRules } from './schemas/exercise';
import { guideSchema } from './schemas/guide';
import { sourceSchema } from './schemas/source';
import { findEverydayFigureProblems, findFigureProblems, findImpactOrderBreaks, findLevelClashes, findMissingReferences, type EntryFacts } from './lib/content/integrity';

/** Tests point this at a folder of broken fixtures to prove that the build rejects them. */
const contentRoot = process.env.OSTEOMOVE_CONTENT_DIR ?? './content';
const entryPattern = '**/[^_]*.{md,mdx}';

const sourceIds = (): Set<string> =>
  new Set((JSON.parse(readFileSync(`${contentRoot}/sources.json`, 'utf8')) as { id: string }[]).map((s) => s.id));

const exerciseIds = (): Set<string> =>
  new Set(
    readdirSync(`${contentRoot}/exercises`)
      .filter((name) => /^[^_].*\.mdx?$/.test(name))
      .map((name) => name.replace(/\.mdx?$/, '')),
  );

/** The glob loader for one folder, followed by checks that need all entries (or other folders) at once. */
function checkedLoader(folder: string, check: (entries: EntryFacts[]) => string[]): Loader {
  const inner = glob({ base: `${contentRoot}/${folder}`, pattern: entryPattern });
  return {
    name: `osteomove-${folder}`,
    load: async (context: LoaderContext) => {
      await inner.load(context);
      const entries = context.store.values().map((entry) => ({
        id: entry.id,
        filePath: entry.filePath ?? `${folder}/${entry.id}`,
        data: entry.data,
      }));
      const problems = check(entries);
      if (problems.length > 0) {
        throw new Error(`The ${folder} content has ${problems.length} problem(s):\n${problems.join('\n')}`);
      }
    },
  };
}

const checkSources = (entries: EntryFacts[]) => findMissingReferences(entries, 'sources', sourceIds(), 'source');
const sourceList = z.array(reference('sources')).min(1);

const exercises = defineCollection({
  loader: checkedLoader('exercises', (entries) => {
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

const courses = defineCollection({
  loader: checkedLoader('courses', checkSources),
  schema: courseSchema.extend({ sources: sourceList }),
});

const activities = defineCollection({
  loader: checkedLoader('activities', (entries) => [
    ...checkSources(entries),
    ...findMissingReferences(entries, 'exercise', exerciseIds(), 'exercise'),
  ]),
  schema: activitySchema.extend({ sources: sourceList, exercise: reference('exercises').optional() }),
});

const guides = defineCollection({
  loader: checkedLoader('guides', checkSources),
  schema: guideSchema.extend({ sources: sourceList }),
});

/** The introduction of each category page (`strength`, `balance`, `bone`). */
const training = defineCollection({
  loader: checkedLoader('training', checkSources),
  schema: guideSchema.extend({ sources: sourceList }),
});

/** Words of pages that are not an entry of another collection, such as the home page. */
const pages = defineCollection({
  loader: checkedLoader('pages', checkSources),
  schema: guideSchema.extend({ sources: sourceList }),
});

/** Everyday tasks done in a way that spares the spine; together they make the page /everyday/. */
const everyday = defineCollection({
  loader: checkedLoader('everyday', (entries) => [...checkSources(entries), ...findEverydayFigureProblems(entries)]),
  schema: everydaySchema.extend({ sources: sourceList }),
});

const sources = defineCollection({
  loader: file(`${contentRoot}/sources.json`),
  schema: sourceSchema,
});

export const collections = { exercises, courses, activities, guides, training, pages, everyday, sources };
