import { describe, expect, it } from 'vitest';
import { everydaySchema } from './everyday';

const valid = {
  title: 'Turning round',
  summary: 'The sources advise against twisting your spine.',
  order: 1,
  pairs: [{ instead: 'twisting your upper body', do: 'Move your feet and step round.' }],
  sources: ['too-fit-to-fracture-2014'],
  reviewed: '2026-12-01',
};

const issuesOf = (data: unknown) => {
  const result = everydaySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('everydaySchema', () => {
  it('accepts a task and fills the defaults', () => {
    const parsed = everydaySchema.parse(valid);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.principleOnly).toBeUndefined();
    expect(parsed.reviewed).toBeInstanceOf(Date);
  });

  it('accepts the general rule of a task that no source gives a method for', () => {
    expect(issuesOf({ ...valid, principleOnly: 'Bend at your hips and knees, not at your waist.' })).toEqual([]);
  });

  it('names the half of a pair that is missing', () => {
    expect(issuesOf({ ...valid, pairs: [{ instead: 'twisting your upper body' }] })).toEqual(['pairs.0.do']);
    expect(issuesOf({ ...valid, pairs: [{ do: 'Move your feet and step round.' }] })).toEqual(['pairs.0.instead']);
  });

  it('needs at least one pair', () => {
    expect(issuesOf({ ...valid, pairs: [] })).toEqual(['pairs']);
  });

  it('refuses fields it does not know, in the task and in a pair', () => {
    expect(issuesOf({ ...valid, figure: 'lifting.svg' })).toEqual(['']);
    expect(issuesOf({ ...valid, pairs: [{ ...valid.pairs[0], dont: 'twist' }] })).toEqual(['pairs.0']);
  });
});
