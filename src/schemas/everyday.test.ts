import { describe, expect, it } from 'vitest';
import { everydayFactsSchema, everydayWordsSchema } from './everyday';

const facts = { order: 1, pairs: [{}], sources: ['too-fit-to-fracture-2014'], reviewed: '2026-12-01' };
const words = {
  title: 'Turning round',
  summary: 'The sources advise against twisting your spine.',
  pairs: [{ instead: 'twisting your upper body', do: 'Move your feet and step round.' }],
};

const issuesOf = (schema: typeof everydayFactsSchema | typeof everydayWordsSchema, data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('everydayWordsSchema', () => {
  it('accepts a task and fills the defaults', () => {
    const parsed = everydayWordsSchema.parse(words);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.principleOnly).toBeUndefined();
  });

  it('accepts the general rule of a task that no source gives a method for', () => {
    expect(issuesOf(everydayWordsSchema, { ...words, principleOnly: 'Bend at your hips and knees, not at your waist.' })).toEqual([]);
  });

  it('names the half of a pair that is missing', () => {
    expect(issuesOf(everydayWordsSchema, { ...words, pairs: [{ instead: 'twisting your upper body' }] })).toEqual(['pairs.0.do']);
    expect(issuesOf(everydayWordsSchema, { ...words, pairs: [{ do: 'Move your feet and step round.' }] })).toEqual(['pairs.0.instead']);
  });

  it('needs at least one pair', () => {
    expect(issuesOf(everydayWordsSchema, { ...words, pairs: [] })).toEqual(['pairs']);
  });

  it('refuses facts among the words: a review date or a figure belongs to the facts file', () => {
    expect(issuesOf(everydayWordsSchema, { ...words, reviewed: '2026-12-01' })).toEqual(['']);
    expect(issuesOf(everydayWordsSchema, { ...words, pairs: [{ ...words.pairs[0], figure: {} }] })).toEqual(['pairs.0']);
  });
});

describe('everydayFactsSchema', () => {
  it('accepts a task of pairs without drawings and parses the review date', () => {
    expect(everydayFactsSchema.parse(facts).reviewed).toBeInstanceOf(Date);
  });

  it('refuses words among the facts', () => {
    expect(issuesOf(everydayFactsSchema, { ...facts, title: 'Turning round' })).toEqual(['']);
    expect(issuesOf(everydayFactsSchema, { ...facts, pairs: [{ instead: 'twisting' }] })).toEqual(['pairs.0']);
  });
});
