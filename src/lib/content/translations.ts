/**
 * Checks between an entry's facts (`content/<folder>/<id>.yaml`) and its words in each language
 * (`content/<locale>/<folder>/<id>.mdx`): every entry has words in every language and nothing
 * else, and the words fit the facts (a label per keyframe, a step for every keyframe's step).
 */
import type { EntryFacts } from './integrity';

/** One words file: its locale, the id it shares with its facts, and its parsed frontmatter. */
export interface WordsEntry extends EntryFacts {
  locale: string;
}

const wordsPath = (root: string, locale: string, folder: string, id: string) => `${root}/${locale}/${folder}/${id}.mdx`;

/**
 * Every id (of the facts, or for words-only folders of any language) has words in every locale,
 * and no words file lacks its facts. `factIds` is undefined for folders that hold words only.
 */
export function findMissingWords(
  words: readonly WordsEntry[],
  locales: readonly string[],
  where: { root: string; folder: string; factIds?: ReadonlySet<string> },
): string[] {
  const { root, folder, factIds } = where;
  const problems: string[] = [];
  const ids = factIds ?? new Set(words.map((w) => w.id));
  const have = new Set(words.map((w) => `${w.locale}/${w.id}`));
  for (const id of [...ids].sort()) {
    const missing = locales.filter((locale) => !have.has(`${locale}/${id}`));
    for (const locale of missing) {
      const owner = factIds ? `${root}/${folder}/${id}.yaml` : `the other languages' ${folder}/${id}.mdx`;
      problems.push(`${wordsPath(root, locale, folder, id)}: file missing. ${owner} needs words in every language (${locales.join(', ')}).`);
    }
  }
  if (factIds) {
    for (const entry of words.filter((w) => !factIds.has(w.id))) {
      problems.push(`${entry.filePath}: no facts for these words: add ${root}/${folder}/${entry.id}.yaml or remove the file.`);
    }
  }
  for (const entry of words.filter((w) => !locales.includes(w.locale))) {
    problems.push(`${entry.filePath}: "${entry.locale}" is not one of the site's languages (${locales.join(', ')}).`);
  }
  return problems;
}

interface KeyframeFacts {
  step: number;
}

/** An exercise's words name each keyframe of its figure and have every step a keyframe points to; all languages have the same steps. */
export function findExerciseWordsMismatches(facts: readonly EntryFacts[], words: readonly WordsEntry[]): string[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const problems: string[] = [];
  for (const entry of words) {
    const keyframes = ((byId.get(entry.id)?.data.figure as { keyframes?: KeyframeFacts[] } | undefined)?.keyframes ?? []);
    const labels = (entry.data.keyframes as unknown[] | undefined) ?? [];
    const steps = (entry.data.steps as unknown[] | undefined) ?? [];
    if (keyframes.length > 0 && labels.length !== keyframes.length) {
      problems.push(`${entry.filePath}: field "keyframes": ${labels.length} label(s) for the figure's ${keyframes.length} keyframes; give one per keyframe, in order.`);
    }
    const highest = Math.max(0, ...keyframes.map((k) => k.step));
    if (highest > steps.length) {
      problems.push(`${entry.filePath}: field "steps": the figure points to step ${highest}, but there are ${steps.length} steps.`);
    }
  }
  for (const [id, group] of Map.groupBy(words, (w) => w.id)) {
    const counts = new Set(group.map((w) => ((w.data.steps as unknown[] | undefined) ?? []).length));
    if (counts.size > 1) {
      problems.push(
        `${group.map((w) => w.filePath).join(', ')}: field "steps": the languages give ${[...counts].join(' and ')} steps for ${id}; the figure numbers its keyframes by step, so every language needs the same steps.`,
      );
    }
  }
  return problems;
}

/** An everyday task's words have one pair per pair of its facts, and a label per keyframe where the pair has a figure. */
export function findEverydayWordsMismatches(facts: readonly EntryFacts[], words: readonly WordsEntry[]): string[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return words.flatMap((entry) => {
    const factPairs = (byId.get(entry.id)?.data.pairs as { figure?: { keyframes: unknown[] } }[] | undefined) ?? [];
    const pairs = (entry.data.pairs as { keyframes?: unknown[] }[] | undefined) ?? [];
    if (pairs.length !== factPairs.length) {
      return [`${entry.filePath}: field "pairs": ${pairs.length} pair(s), but ${entry.id}.yaml has ${factPairs.length}; keep the same pairs in the same order.`];
    }
    return pairs.flatMap((pair, i) => {
      const expected = factPairs[i]?.figure?.keyframes.length ?? 0;
      const given = pair.keyframes?.length ?? 0;
      return given === expected
        ? []
        : [`${entry.filePath}: field "pairs[${i}].keyframes": ${given} label(s), but the pair's figure has ${expected} keyframe(s).`];
    });
  });
}
