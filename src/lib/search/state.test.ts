import { describe, expect, it } from 'vitest';
import { emptyState, isActive, maxQueryLength, parseState, sameState, searchOptions, toParams, type AllowedValues } from './state';

const allowed: AllowedValues = {
  type: ['exercise', 'course', 'activity', 'guidance'],
  category: ['strength', 'balance', 'bone'],
  level: ['easy', 'medium', 'hard'],
  equipment: ['none', 'chair'],
  spine: ['yes'],
  support: ['yes'],
};
const parse = (query: string) => parseState(new URLSearchParams(query), allowed);

describe('parseState', () => {
  it('reads the words, the filters and the order from an address', () => {
    expect(parse('q=sit+to+stand&category=strength&spine=yes&sort=level')).toEqual({
      query: 'sit to stand',
      filters: { category: 'strength', spine: 'yes' },
      sort: 'level',
    });
  });
  it('ignores unknown filter values and orders instead of passing them to the index', () => {
    expect(parse('q=golf&type=admin&level=extreme&sort=random&colour=red')).toEqual({ query: 'golf', filters: {}, sort: 'relevance' });
  });
  it('trims the words and cuts very long ones', () => {
    expect(parse('q=%20%20chair%20').query).toBe('chair');
    expect(parse(`q=${'a'.repeat(500)}`).query).toHaveLength(maxQueryLength);
  });
  it('treats a missing address as an empty search', () => {
    expect(parse('')).toEqual(emptyState);
  });
});

describe('toParams', () => {
  it('writes only what is set, words first, and reads back to the same state', () => {
    const state = parse('sort=level&spine=yes&q=heel+raises&type=exercise');
    expect(toParams(state).toString()).toBe('q=heel+raises&type=exercise&spine=yes&sort=level');
    expect(parse(toParams(state).toString())).toEqual(state);
  });
  it('gives an empty address for an empty search', () => {
    expect(toParams(emptyState).toString()).toBe('');
  });
});

describe('isActive', () => {
  it('searches for words, for filters alone, but not for nothing', () => {
    expect(isActive(parse('q=golf'))).toBe(true);
    expect(isActive(parse('type=exercise'))).toBe(true);
    expect(isActive(parse('sort=level'))).toBe(false);
    expect(isActive(emptyState)).toBe(false);
  });
});

describe('searchOptions', () => {
  it('passes the filters, and sorts by level only when asked', () => {
    expect(searchOptions(parse('q=x&category=bone'))).toEqual({ filters: { category: 'bone' } });
    expect(searchOptions(parse('q=x&sort=level'))).toEqual({ filters: {}, sort: { level: 'asc' } });
  });
});

describe('sameState', () => {
  it('compares what the search means, not how the address was written', () => {
    expect(sameState(parse('q=a&type=course'), parse('type=course&q=a'))).toBe(true);
    expect(sameState(parse('q=a'), parse('q=b'))).toBe(false);
  });
});
