/**
 * The vocabulary the search index and the search page share: which filters exist and which
 * values they take. Values are ids, never display words, so the labels can be translated
 * without rebuilding the meaning of the index.
 */
import type { Category, Equipment } from '../../schemas/vocabulary';

/** What kind of page a result is. */
export const pageTypes = ['exercise', 'course', 'activity', 'guidance'] as const;
export type PageType = (typeof pageTypes)[number];

/** Difficulty inside a category, in three bands readers understand better than "level 7 of 10". */
export const levelBands = ['easy', 'medium', 'hard'] as const;
export type LevelBand = (typeof levelBands)[number];

/** Equipment filter values: the schema's equipment ids, plus `none` for exercises that need nothing. */
export type EquipmentValue = Equipment | 'none';

/** Filters a page can be tagged with; each maps to `data-pagefind-filter="<name>:<value>"`. */
export interface PageFacets {
  type: PageType;
  category?: Category;
  level?: LevelBand;
  equipment?: EquipmentValue[];
  /** Present only when true: a checkbox filter selects pages tagged `yes`. */
  spine?: boolean;
  support?: boolean;
}

export const filterNames = ['type', 'category', 'level', 'equipment', 'spine', 'support'] as const;
export type FilterName = (typeof filterNames)[number];

/** The value yes/no filters carry in the index. */
export const yes = 'yes';

/**
 * The band of a level among `count` levels: the first third is easy, the last third hard.
 * Levels outside 1..count are clamped, so a gap in the numbering cannot produce a fourth band.
 */
export function levelBand(level: number, count: number): LevelBand {
  const position = Math.floor((3 * (Math.min(Math.max(level, 1), count) - 1)) / Math.max(count, 1));
  return levelBands[Math.min(Math.max(position, 0), 2)]!;
}

/**
 * A sort key that orders exercises from easiest to hardest across categories: the level's
 * position inside its category, from 0 (easiest) to 1 (hardest), with two decimals so
 * Pagefind sorts it as a number.
 */
export function levelSortKey(level: number, count: number): string {
  if (count <= 1) return '0.00';
  const clamped = Math.min(Math.max(level, 1), count);
  return ((clamped - 1) / (count - 1)).toFixed(2);
}

/** The `data-pagefind-filter` values of a page, one `name:value` string per value. */
export function filterTags(facets: PageFacets): string[] {
  const tags = [`type:${facets.type}`];
  if (facets.category) tags.push(`category:${facets.category}`);
  if (facets.level) tags.push(`level:${facets.level}`);
  for (const item of facets.equipment ?? []) tags.push(`equipment:${item}`);
  if (facets.spine) tags.push(`spine:${yes}`);
  if (facets.support) tags.push(`support:${yes}`);
  return tags;
}
