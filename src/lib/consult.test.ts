import { describe, expect, it } from 'vitest';
import { needsConsult } from './consult';

describe('needsConsult', () => {
  it('asks for advice before jumping or when the spine must be spared', () => {
    expect(needsConsult({ impact: 'high', afterSpineFracture: true })).toBe(true);
    expect(needsConsult({ impact: 'low', afterSpineFracture: false })).toBe(true);
  });

  it('does not for gentle exercises that suit an affected spine', () => {
    expect(needsConsult({ impact: 'none', afterSpineFracture: true })).toBe(false);
    expect(needsConsult({ impact: 'low', afterSpineFracture: true })).toBe(false);
  });
});
