/**
 * Every route of the site in one place. The routes are a contract: people bookmark,
 * share and print them, so they change only with a redirect.
 * Paths are root-relative; `href()` in src/paths.ts adds the deploy's base.
 */
import type { Category } from '../schemas/vocabulary';

export const categorySlugs = {
  strength: 'strength',
  balance: 'balance',
  bone: 'bone-stability',
} as const satisfies Record<Category, string>;

export type CategorySlug = (typeof categorySlugs)[Category];

export const routes = {
  home: '/',
  exercises: '/exercises/',
  exercise: (id: string) => `/exercises/${id}/`,
  /** The last keyframe of an exercise's figure as a picture of its own, for cards and structured data. */
  figure: (id: string) => `/figures/${id}.svg`,
  category: (category: Category) => `/training/${categorySlugs[category]}/`,
  courses: '/courses/',
  course: (id: string) => `/courses/${id}/`,
  activities: '/activities/',
  activity: (id: string) => `/activities/#${id}`,
  guide: (id: string) => `/${id}/`,
  plan: '/plan/',
  /** The exercise facts the plan island builds plans from, in the page's language. */
  planExercises: '/plan/exercises.json',
  sheets: '/sheets/',
  search: '/search/',
  everyday: '/everyday/',
  about: '/about/',
  offline: '/offline/',
} as const;

/** Prefixes a root-relative path with the deploy's base ("/" or "/osteomove/"). */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}
