/**
 * Checks across entries that a single entry's schema cannot make: unique levels inside a
 * category, and references that point at an entry that exists. Astro only logs a broken
 * reference; the site must not build with one, so these checks throw from the loaders.
 * Each problem names the file and the field so that an author can fix it at once.
 */
import type { Figure } from '../../schemas/figure';
import { impactSchema } from '../../schemas/vocabulary';
import { checkFigure } from '../figure/checks';

/** What the checks need of one loaded entry: where it lives and its (already parsed) data. */
export interface EntryFacts {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
}

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'id' in value && typeof value.id === 'string') return value.id;
  return undefined;
};

export function findLevelClashes(entries: readonly EntryFacts[]): string[] {
  const seen = new Map<string, EntryFacts>();
  const problems: string[] = [];
  for (const entry of [...entries].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    const key = `${String(entry.data.category)}:${String(entry.data.level)}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        `${entry.filePath}: field "level": ${String(entry.data.level)} is already used by ${first.filePath} in category "${String(entry.data.category)}". Levels must be unique inside a category.`,
      );
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
}

/** The UK consensus impact ladder, lowest first. */
const impactLadder: readonly string[] = impactSchema.options;

/**
 * "Easiest first" must hold for impact too: inside a category, no exercise may land harder on
 * the skeleton than one at a higher level (brisk walking, stairs and step-ups before any jump).
 */
export function findImpactOrderBreaks(entries: readonly EntryFacts[]): string[] {
  const problems: string[] = [];
  const rank = (entry: EntryFacts) => impactLadder.indexOf(String(entry.data.impact));
  const byCategory = Map.groupBy(entries, (entry) => String(entry.data.category));
  for (const [category, group] of byCategory) {
    const sorted = [...group].sort((a, b) => Number(a.data.level) - Number(b.data.level));
    sorted.forEach((entry, i) => {
      const gentler = sorted.slice(i + 1).find((later) => rank(later) < rank(entry));
      if (gentler)
        problems.push(
          `${entry.filePath}: field "level": ${String(entry.data.level)} puts a ${String(entry.data.impact)} impact before ${gentler.filePath} (level ${String(gentler.data.level)}, ${String(gentler.data.impact)} impact) in category "${category}". Order levels from the gentlest impact up.`,
        );
    });
  }
  return problems;
}

/**
 * Every id in `field` (a single reference or a list) must be one of `knownIds`.
 * `target` names what the ids point at, for the message ("exercise", "source");
 * `sameCollection` is set for links inside one collection, where an entry may not point to itself.
 */
export function findMissingReferences(
  entries: readonly EntryFacts[],
  field: string,
  knownIds: ReadonlySet<string>,
  target: string,
  sameCollection = false,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const raw = entry.data[field];
    const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    values.forEach((value, index) => {
      const id = idOf(value);
      const where = Array.isArray(raw) ? `${field}[${index}]` : field;
      if (id === undefined || !knownIds.has(id)) {
        problems.push(`${entry.filePath}: field "${where}": no ${target} has the id "${String(id ?? value)}".`);
      } else if (sameCollection && id === entry.id) {
        problems.push(`${entry.filePath}: field "${where}": an entry cannot point to itself.`);
      }
    });
  }
  return problems;
}

/**
 * Every posed figure within the limits of the body (`checkFigure`): range of motion, no rounded
 * back on a spine-safe exercise, balance, contacts and nothing through a prop.
 */
export function findFigureProblems(entries: readonly EntryFacts[]): string[] {
  return entries.flatMap((entry) => {
    const figure = entry.data.figure as Figure;
    return checkFigure(figure, { spineSafe: entry.data.spineSafe === true }).map(
      (problem) => `${entry.filePath}: field "figure": ${problem}`,
    );
  });
}

/** The pose pairs of the everyday tasks: both within the body's limits, the "do this" pose (keyframe 2) with a straight back. */
export function findEverydayFigureProblems(entries: readonly EntryFacts[]): string[] {
  return entries.flatMap((entry) => {
    const pairs = (entry.data.pairs ?? []) as { figure?: Figure }[];
    return pairs.flatMap(({ figure }, i) =>
      figure === undefined
        ? []
        : checkFigure(figure, { spineSafe: [2] }).map((problem) => `${entry.filePath}: field "pairs[${i}].figure": ${problem}`),
    );
  });
}
