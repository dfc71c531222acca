import { describe, expect, it } from 'vitest';
import { sheetDensities, sheetDensity } from './density';

const words = (length: number) => ['x'.repeat(length)];

describe('sheetDensity', () => {
  it('keeps regular type for texts that fit it, and sets longer ones tighter, step by step', () => {
    expect(sheetDensity(words(500))).toBe('regular');
    for (const [i, { upTo }] of sheetDensities.slice(0, -1).entries()) {
      expect(sheetDensity(words(upTo))).toBe(sheetDensities[i]!.density);
      expect(sheetDensity(words(upTo + 1))).toBe(sheetDensities[i + 1]!.density);
    }
  });

  it('counts every text the sheet prints, not only the longest', () => {
    const limit = sheetDensities[0].upTo;
    expect(sheetDensity(['a'.repeat(limit / 2), 'b'.repeat(limit / 4), 'c'.repeat(limit / 4)])).not.toBe('regular');
  });
});
