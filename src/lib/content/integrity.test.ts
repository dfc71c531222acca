import { describe, expect, it } from 'vitest';
import { findImpactOrderBreaks, findLevelClashes, findMissingReferences, type EntryFacts } from './integrity';

const entry = (id: string, data: Record<string, unknown>): EntryFacts => ({ id, filePath: `content/exercises/${id}.yaml`, data });

describe('findLevelClashes', () => {
  it('passes unique levels, and equal levels in different categories', () => {
    expect(
      findLevelClashes([entry('a', { category: 'strength', level: 1 }), entry('b', { category: 'balance', level: 1 })]),
    ).toEqual([]);
  });
  it('names both files and the field when a category repeats a level', () => {
    const problems = findLevelClashes([entry('a', { category: 'strength', level: 2 }), entry('b', { category: 'strength', level: 2 })]);
    expect(problems).toEqual([
      'content/exercises/b.yaml: field "level": 2 is already used by content/exercises/a.yaml in category "strength". Levels must be unique inside a category.',
    ]);
  });
});

describe('findMissingReferences', () => {
  const known = new Set(['a', 'b']);
  it('accepts ids and reference objects that exist', () => {
    expect(findMissingReferences([entry('a', { harder: 'b' }), entry('b', { easier: { collection: 'exercises', id: 'a' } })], 'harder', known, 'exercise')).toEqual([]);
  });
  it('names file, field and id of a dangling single reference', () => {
    expect(findMissingReferences([entry('a', { harder: 'zzz' })], 'harder', known, 'exercise')).toEqual([
      'content/exercises/a.yaml: field "harder": no exercise has the id "zzz".',
    ]);
  });
  it('gives the list position of a dangling reference in a list', () => {
    expect(findMissingReferences([entry('a', { sources: ['a', 'nope'] })], 'sources', known, 'source')).toEqual([
      'content/exercises/a.yaml: field "sources[1]": no source has the id "nope".',
    ]);
  });
  it('refuses an entry that points to itself inside its collection', () => {
    expect(findMissingReferences([entry('a', { easier: 'a' })], 'easier', known, 'exercise', true)).toEqual([
      'content/exercises/a.yaml: field "easier": an entry cannot point to itself.',
    ]);
  });
  it('allows the same id in another collection', () => {
    expect(findMissingReferences([entry('a', { exercise: 'a' })], 'exercise', known, 'exercise')).toEqual([]);
  });
});

describe('findImpactOrderBreaks', () => {
  const bone = (id: string, level: number, impact: string) => entry(id, { category: 'bone', level, impact });
  it('passes a category ordered from the gentlest impact up, and ignores other categories', () => {
    expect(
      findImpactOrderBreaks([bone('walk', 1, 'low'), bone('stairs', 2, 'low'), bone('jog', 3, 'moderate'), bone('leap', 4, 'high'), entry('s', { category: 'strength', level: 1, impact: 'none' })]),
    ).toEqual([]);
  });
  it('names the file, the field and the gentler exercise it comes before', () => {
    expect(findImpactOrderBreaks([bone('stairs', 1, 'low'), bone('jumps', 2, 'moderate'), bone('walk', 3, 'low')])).toEqual([
      'content/exercises/jumps.yaml: field "level": 2 puts a moderate impact before content/exercises/walk.yaml (level 3, low impact) in category "bone". Order levels from the gentlest impact up.',
    ]);
  });
});
