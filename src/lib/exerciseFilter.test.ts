import { describe, expect, it } from 'vitest';
import { matchesFilters, type CardFacts } from './exerciseFilter';

const squats: CardFacts = { equipment: '', spine: true, support: false, impact: 'none' };
const lunges: CardFacts = { equipment: 'chair', spine: false, support: true, impact: 'none' };
const hops: CardFacts = { equipment: '', spine: false, support: false, impact: 'moderate' };
const highJumps: CardFacts = { ...hops, impact: 'high' };
const stairs: CardFacts = { equipment: 'stairs', spine: true, support: true, impact: 'low' };

describe('matchesFilters', () => {
  it('lets every card through when no filter is active', () => {
    expect([squats, lunges, hops].every((card) => matchesFilters(card, []))).toBe(true);
  });
  it('keeps only equipment-free exercises', () => {
    expect(matchesFilters(squats, ['no-equipment'])).toBe(true);
    expect(matchesFilters(lunges, ['no-equipment'])).toBe(false);
  });
  it('keeps only exercises that suit an affected spine', () => {
    expect(matchesFilters(squats, ['spine'])).toBe(true);
    expect(matchesFilters(hops, ['spine'])).toBe(false);
  });
  it('drops exercises that start holding on, and moderate or high impacts', () => {
    expect(matchesFilters(lunges, ['no-support'])).toBe(false);
    expect(matchesFilters(hops, ['gentle-impact'])).toBe(false);
    expect(matchesFilters(highJumps, ['gentle-impact'])).toBe(false);
    expect(matchesFilters(stairs, ['gentle-impact'])).toBe(true);
  });
  it('combines filters with AND', () => {
    expect(matchesFilters(hops, ['no-equipment', 'no-support'])).toBe(true);
    expect(matchesFilters(hops, ['no-equipment', 'gentle-impact'])).toBe(false);
  });
});
