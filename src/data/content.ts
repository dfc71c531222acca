/**
 * Page-side access to the collections: sorted lists and resolved references, so that
 * pages only gather data and pick a layout.
 */
import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import type { Category } from '../schemas/vocabulary';

export type Exercise = CollectionEntry<'exercises'>;
export type SourceEntry = CollectionEntry<'sources'>;

export const categoryOrder: readonly Category[] = ['strength', 'balance', 'bone'];

async function loadExercises(): Promise<Exercise[]> {
  const all = await getCollection('exercises');
  return all.sort(
    (a, b) =>
      categoryOrder.indexOf(a.data.category) - categoryOrder.indexOf(b.data.category) || a.data.level - b.data.level,
  );
}

/*
 * Every printed sheet asks for the exercises of its category, so a page with all sheets (the
 * plan, the sheet builder) would load and sort the whole collection once per exercise: the
 * build time grew with the square of the library. Content cannot change during a production
 * build, so one sorted list serves it; `astro dev` reloads on every call to show edits.
 */
let sortedOnce: Promise<Exercise[]> | undefined;

/** All exercises, by category in the site's order, then by level; a list of the caller's own. */
export async function getExercises(): Promise<Exercise[]> {
  if (!import.meta.env.PROD) return loadExercises();
  sortedOnce ??= loadExercises();
  return [...(await sortedOnce)];
}

export async function getExercisesOf(category: Category): Promise<Exercise[]> {
  return (await getExercises()).filter((e) => e.data.category === category);
}

export async function getSources(refs: { collection: 'sources'; id: string }[]): Promise<SourceEntry[]> {
  return getEntries(refs);
}

export async function getSource(id: string): Promise<SourceEntry> {
  const source = await getEntry('sources', id);
  if (!source) throw new Error(`No source has the id "${id}" (content/sources.json).`);
  return source;
}

/** The newest review date among entries, for pages that list many of them. */
export function latestReview(entries: { data: { reviewed: Date } }[]): Date {
  return new Date(Math.max(...entries.map((e) => e.data.reviewed.getTime())));
}

/** Distinct sources of several entries, primary source first. */
export async function sourcesOf(entries: { data: { sources: { collection: 'sources'; id: string }[] } }[]): Promise<SourceEntry[]> {
  const ids = [...new Set(entries.flatMap((e) => e.data.sources.map((s) => s.id)))];
  const sources = await getEntries(ids.map((id) => ({ collection: 'sources' as const, id })));
  return sources.sort((a, b) => Number(b.data.primary) - Number(a.data.primary));
}
