/**
 * Page-side access to the collections in one language: each entry's facts joined with its
 * words, sorted lists and resolved references, so that pages only gather data and pick a layout.
 */
import { getCollection, getEntries, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { toPlanExercise, type PlanExercise } from '../lib/plan';
import type { EverydayPairFacts, EverydayPairWords } from '../schemas/everyday';
import type { Category } from '../schemas/vocabulary';

/** An entry in one language: `data` holds its facts and its words, `words` is the entry to `render()`. */
export interface Localized<Facts extends CollectionKey, Words extends CollectionKey> {
  id: string;
  data: CollectionEntry<Facts>['data'] & CollectionEntry<Words>['data'];
  words: CollectionEntry<Words>;
}

export type Exercise = Localized<'exercises', 'exerciseWords'>;
export type Course = Localized<'courses', 'courseWords'>;
export type Activity = Localized<'activities', 'activityWords'>;
/** An everyday task: each pair's words with its drawing, if it has one. */
export type EverydayTask = Omit<Localized<'everyday', 'everydayWords'>, 'data'> & {
  data: Omit<Localized<'everyday', 'everydayWords'>['data'], 'pairs'> & { pairs: (EverydayPairWords & EverydayPairFacts)[] };
};
/** A page whose words and sources are one entry per language (guides, category introductions, the home page). */
export type Page = { id: string; data: CollectionEntry<'guides'>['data']; words: CollectionEntry<'guides' | 'training' | 'pages'> };
export type SourceEntry = CollectionEntry<'sources'>;

export const categoryOrder: readonly Category[] = ['strength', 'balance', 'bone'];

const inLocale = (locale: Locale) => (entry: { id: string }) => entry.id.startsWith(`${locale}/`);
const neutralId = (id: string) => id.slice(id.indexOf('/') + 1);

/*
 * Content cannot change during a production build, and every printed sheet asks for the
 * exercises of its category, so each joined list is made once per language (else the build
 * time grew with the square of the library); `astro dev` reloads on every call to show edits.
 */
const once = new Map<string, Promise<unknown>>();
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return load();
  if (!once.has(key)) once.set(key, load());
  return once.get(key) as Promise<T>;
}

async function joined<F extends 'exercises' | 'courses' | 'activities' | 'everyday', W extends 'exerciseWords' | 'courseWords' | 'activityWords' | 'everydayWords'>(
  facts: F,
  words: W,
  locale: Locale,
): Promise<Localized<F, W>[]> {
  const [all, texts] = await Promise.all([getCollection(facts), getCollection(words, inLocale(locale))]);
  const byId = new Map(texts.map((text) => [neutralId(text.id), text]));
  return all.map((entry) => {
    const text = byId.get(entry.id);
    // The words loader already refuses an entry without words in every language.
    if (!text) throw new Error(`content/${locale}/${facts}/${entry.id}.mdx is missing.`);
    return { id: entry.id, data: { ...entry.data, ...text.data }, words: text } as Localized<F, W>;
  });
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

/** All exercises, by category in the site's order, then by level; a list of the caller's own. */
export async function getExercises(locale: Locale): Promise<Exercise[]> {
  const sorted = await cached(`exercises:${locale}`, async () =>
    (await joined('exercises', 'exerciseWords', locale)).sort(
      (a, b) => categoryOrder.indexOf(a.data.category) - categoryOrder.indexOf(b.data.category) || a.data.level - b.data.level,
    ),
  );
  return [...sorted];
}

/** What the plan generator needs of each exercise, in the library's order: the example plan and the island's file use one list. */
export async function getPlanExercises(locale: Locale): Promise<PlanExercise[]> {
  return (await getExercises(locale)).map((exercise) => toPlanExercise(exercise.id, exercise.data));
}

export async function getExercisesOf(locale: Locale, category: Category): Promise<Exercise[]> {
  return (await getExercises(locale)).filter((e) => e.data.category === category);
}

/** One exercise by id (an `easier`/`harder` reference or a plain id), or undefined for none. */
export async function getExercise(locale: Locale, ref: { id: string } | string | undefined): Promise<Exercise | undefined> {
  if (ref === undefined) return undefined;
  const id = typeof ref === 'string' ? ref : ref.id;
  const found = (await getExercises(locale)).find((e) => e.id === id);
  if (!found) throw new Error(`No exercise has the id "${id}" (content/exercises/).`);
  return found;
}

export async function getCourses(locale: Locale): Promise<Course[]> {
  return (await joined('courses', 'courseWords', locale)).sort(byOrder);
}

export async function getActivities(locale: Locale): Promise<Activity[]> {
  return (await joined('activities', 'activityWords', locale)).sort(byOrder);
}

export async function getEverydayTasks(locale: Locale): Promise<EverydayTask[]> {
  const [facts, tasks] = await Promise.all([getCollection('everyday'), joined('everyday', 'everydayWords', locale)]);
  const figures = new Map(facts.map((f) => [f.id, f.data.pairs]));
  return tasks
    .map((task) => ({ ...task, data: { ...task.data, pairs: task.data.pairs.map((pair, i) => ({ ...pair, ...figures.get(task.id)?.[i] })) } }) as EverydayTask)
    .sort(byOrder);
}

/** The pages of a words-only collection in one language, with ids without the locale. */
export async function getPages(collection: 'guides' | 'training' | 'pages', locale: Locale): Promise<Page[]> {
  return (await getCollection(collection, inLocale(locale))).map((words) => ({ id: neutralId(words.id), data: words.data, words }));
}

export async function getPage(collection: 'guides' | 'training' | 'pages', locale: Locale, id: string): Promise<Page> {
  const words = await getEntry(collection, `${locale}/${id}`);
  if (!words) throw new Error(`content/${locale}/${collection}/${id}.mdx is missing.`);
  return { id, data: words.data, words };
}

/** A source as readers of `locale` see it: its own words, or those it gives for that language. */
const sourceIn = (locale: Locale) => (source: SourceEntry): SourceEntry => ({
  ...source,
  data: { ...source.data, ...source.data.translations?.[locale] },
});

export async function getSources(locale: Locale, refs: { collection: 'sources'; id: string }[]): Promise<SourceEntry[]> {
  return (await getEntries(refs)).map(sourceIn(locale));
}

export async function getSource(locale: Locale, id: string): Promise<SourceEntry> {
  const source = await getEntry('sources', id);
  if (!source) throw new Error(`No source has the id "${id}" (content/sources.json).`);
  return sourceIn(locale)(source);
}

/** The newest review date among entries, for pages that list many of them. */
export function latestReview(entries: { data: { reviewed: Date } }[]): Date {
  return new Date(Math.max(...entries.map((e) => e.data.reviewed.getTime())));
}

/** The page meta of a tool (search, sheets, offline): no facts of its own, so no sources; its words were last checked with the exercises it serves. */
export async function toolMeta(locale: Locale): Promise<{ sources: SourceEntry[]; reviewed: Date }> {
  return { sources: [], reviewed: latestReview(await getExercises(locale)) };
}

/** Distinct sources of several entries, primary source first. */
export async function sourcesOf(locale: Locale, entries: { data: { sources: { collection: 'sources'; id: string }[] } }[]): Promise<SourceEntry[]> {
  const ids = [...new Set(entries.flatMap((e) => e.data.sources.map((s) => s.id)))];
  const sources = await getSources(locale, ids.map((id) => ({ collection: 'sources' as const, id })));
  return sources.sort((a, b) => Number(b.data.primary) - Number(a.data.primary));
}
