import { describe, expect, it } from 'vitest';
import type { EntryFacts } from './integrity';
import { findEverydayWordsMismatches, findExerciseWordsMismatches, findMissingWords, type WordsEntry } from './translations';

const root = 'content';
const locales = ['en', 'de'];
const words = (locale: string, id: string, data: Record<string, unknown> = {}, folder = 'exercises'): WordsEntry => ({
  id,
  locale,
  filePath: `${root}/${locale}/${folder}/${id}.mdx`,
  data,
});
const facts = (id: string, data: Record<string, unknown>, folder = 'exercises'): EntryFacts => ({ id, filePath: `${root}/${folder}/${id}.yaml`, data });

describe('findMissingWords', () => {
  const where = { root, folder: 'exercises', factIds: new Set(['a', 'b']) };

  it('passes when every entry has words in every language and no words lack facts', () => {
    expect(findMissingWords([words('en', 'a'), words('de', 'a'), words('en', 'b'), words('de', 'b')], locales, where)).toEqual([]);
  });

  it('names the missing words file and the facts that need it', () => {
    expect(findMissingWords([words('en', 'a'), words('de', 'a'), words('en', 'b')], locales, where)).toEqual([
      'content/de/exercises/b.mdx: file missing. content/exercises/b.yaml needs words in every language (en, de).',
    ]);
  });

  it('names an entry missing in every language once per language', () => {
    expect(findMissingWords([words('en', 'a'), words('de', 'a')], locales, where)).toHaveLength(2);
  });

  it('names a words file that has no facts', () => {
    const all = [words('en', 'a'), words('de', 'a'), words('en', 'b'), words('de', 'b'), words('de', 'c')];
    expect(findMissingWords(all, locales, where)).toEqual([
      'content/de/exercises/c.mdx: no facts for these words: add content/exercises/c.yaml or remove the file.',
    ]);
  });

  it('names a words file in a language the site does not have', () => {
    const all = [words('en', 'a'), words('de', 'a'), words('en', 'b'), words('de', 'b'), words('fr', 'a')];
    expect(findMissingWords(all, locales, where)).toEqual(['content/fr/exercises/a.mdx: "fr" is not one of the site\'s languages (en, de).']);
  });

  it('asks a words-only folder (guides) for each id of any language in every language', () => {
    const guides = { root, folder: 'guides' };
    expect(findMissingWords([words('en', 'safety', {}, 'guides'), words('de', 'safety', {}, 'guides')], locales, guides)).toEqual([]);
    expect(findMissingWords([words('de', 'safety', {}, 'guides')], locales, guides)).toEqual([
      "content/en/guides/safety.mdx: file missing. the other languages' guides/safety.mdx needs words in every language (en, de).",
    ]);
  });
});

describe('findExerciseWordsMismatches', () => {
  const figure = { keyframes: [{ step: 1 }, { step: 3 }] };
  const exercise = [facts('a', { figure })];
  const steps = ['One.', 'Two.', 'Three.'];

  it('passes a label per keyframe and the same steps in every language', () => {
    const entries = [words('en', 'a', { keyframes: ['Sit', 'Stand'], steps }), words('de', 'a', { keyframes: ['Sitzen', 'Stehen'], steps })];
    expect(findExerciseWordsMismatches(exercise, entries)).toEqual([]);
  });

  it('names the file and the field when the labels do not match the keyframes', () => {
    expect(findExerciseWordsMismatches(exercise, [words('de', 'a', { keyframes: ['Sitzen', 'Stehen', 'Gehen'], steps })])).toEqual([
      'content/de/exercises/a.mdx: field "keyframes": 3 label(s) for the figure\'s 2 keyframes; give one per keyframe, in order.',
    ]);
  });

  it('names the file and the field when a keyframe points past the last step', () => {
    expect(findExerciseWordsMismatches(exercise, [words('de', 'a', { keyframes: ['Sitzen', 'Stehen'], steps: ['Eins.', 'Zwei.'] })])).toEqual([
      'content/de/exercises/a.mdx: field "steps": the figure points to step 3, but there are 2 steps.',
    ]);
  });

  it('names every language of an exercise whose languages give different numbers of steps', () => {
    const entries = [
      words('en', 'a', { keyframes: ['Sit', 'Stand'], steps }),
      words('de', 'a', { keyframes: ['Sitzen', 'Stehen'], steps: [...steps, 'Vier.'] }),
    ];
    expect(findExerciseWordsMismatches(exercise, entries)).toEqual([
      'content/en/exercises/a.mdx, content/de/exercises/a.mdx: field "steps": the languages give 3 and 4 steps for a; the figure numbers its keyframes by step, so every language needs the same steps.',
    ]);
  });

  it('leaves words without facts to findMissingWords', () => {
    expect(findExerciseWordsMismatches([], [words('de', 'b', { keyframes: ['Sitzen', 'Stehen'], steps })])).toEqual([]);
  });
});

describe('findEverydayWordsMismatches', () => {
  const pairFigure = { figure: { keyframes: [{}, {}] } };
  const task = [facts('lifting', { pairs: [pairFigure, {}] }, 'everyday')];
  const pair = (keyframes?: string[]) => ({ instead: 'bending', do: 'Bend your knees.', ...(keyframes ? { keyframes } : {}) });

  it('passes the same pairs, with two labels where the pair has a figure', () => {
    expect(findEverydayWordsMismatches(task, [words('de', 'lifting', { pairs: [pair(['Falsch', 'Richtig']), pair()] }, 'everyday')])).toEqual([]);
  });

  it('names the file and the field when the words have another number of pairs', () => {
    expect(findEverydayWordsMismatches(task, [words('de', 'lifting', { pairs: [pair(['Falsch', 'Richtig'])] }, 'everyday')])).toEqual([
      'content/de/everyday/lifting.mdx: field "pairs": 1 pair(s), but lifting.yaml has 2; keep the same pairs in the same order.',
    ]);
  });

  it('names the pair whose labels do not match its figure, or that labels a pair without one', () => {
    expect(findEverydayWordsMismatches(task, [words('de', 'lifting', { pairs: [pair(), pair(['Falsch', 'Richtig'])] }, 'everyday')])).toEqual([
      'content/de/everyday/lifting.mdx: field "pairs[0].keyframes": 0 label(s), but the pair\'s figure has 2 keyframe(s).',
      'content/de/everyday/lifting.mdx: field "pairs[1].keyframes": 2 label(s), but the pair\'s figure has 0 keyframe(s).',
    ]);
  });
});
