import { describe, expect, it } from 'vitest';
import { filterTags, levelBand, levelSortKey } from './facets';

describe('levelBand', () => {
  it('splits ten levels into easy, medium and hard thirds', () => {
    const bands = Array.from({ length: 10 }, (_, i) => levelBand(i + 1, 10));
    expect(bands).toEqual(['easy', 'easy', 'easy', 'easy', 'medium', 'medium', 'medium', 'hard', 'hard', 'hard']);
  });
  it('splits six levels two by two', () => {
    expect([1, 2, 3, 4, 5, 6].map((level) => levelBand(level, 6))).toEqual(['easy', 'easy', 'medium', 'medium', 'hard', 'hard']);
  });
  it('keeps the easiest level easy and the hardest hard for any count', () => {
    for (let count = 1; count <= 20; count += 1) {
      expect(levelBand(1, count)).toBe('easy');
      if (count >= 3) expect(levelBand(count, count)).toBe('hard');
    }
  });
  it('clamps levels outside the numbering instead of inventing a band', () => {
    expect(levelBand(0, 6)).toBe('easy');
    expect(levelBand(12, 6)).toBe('hard');
  });
});

describe('levelSortKey', () => {
  it('runs from 0.00 for the easiest to 1.00 for the hardest, as numbers Pagefind can sort', () => {
    expect(levelSortKey(1, 10)).toBe('0.00');
    expect(levelSortKey(10, 10)).toBe('1.00');
    expect(levelSortKey(4, 7)).toBe('0.50');
  });
  it('orders levels inside a category the same way as the levels themselves', () => {
    const keys = [1, 2, 3, 4, 5, 6, 7, 8].map((level) => Number(levelSortKey(level, 8)));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('gives a lone exercise the easiest key', () => {
    expect(levelSortKey(1, 1)).toBe('0.00');
  });
});

describe('filterTags', () => {
  it('tags an exercise with every filter it matches', () => {
    expect(
      filterTags({ type: 'exercise', category: 'balance', level: 'easy', equipment: ['chair', 'rail'], spine: true, support: true }),
    ).toEqual(['type:exercise', 'category:balance', 'level:easy', 'equipment:chair', 'equipment:rail', 'spine:yes', 'support:yes']);
  });
  it('leaves out filters that do not apply, so a checkbox never selects them', () => {
    expect(filterTags({ type: 'exercise', equipment: ['none'], spine: false, support: false })).toEqual(['type:exercise', 'equipment:none']);
    expect(filterTags({ type: 'guidance' })).toEqual(['type:guidance']);
  });
});
