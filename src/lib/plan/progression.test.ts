import { describe, expect, it } from 'vitest';
import { programmeWeeks } from '../recommendations';
import { startingLevels } from './profile';
import { effortFor, efforts, holdsOn, movingBalanceAllowed, progress, step } from './progression';

const weeks = Array.from({ length: programmeWeeks }, (_, i) => i + 1);
const nonDecreasing = (values: number[]) => values.every((v, i) => i === 0 || v >= (values[i - 1] ?? v));

describe('progression', () => {
  it('starts at the low end in week 1 and reaches the top by the last weeks, for every level', () => {
    for (const level of startingLevels) {
      expect(progress(1, level)).toBe(0);
      expect(progress(programmeWeeks, level)).toBe(1);
      expect(nonDecreasing(weeks.map((w) => progress(w, level)))).toBe(true);
    }
    expect(progress(programmeWeeks - 1, 'new')).toBeLessThan(1);
    expect(progress(programmeWeeks - 4, 'active')).toBe(1);
  });

  it('starts an exercise that joins later (jumping) at the low end too, and still reaches the top by the last week', () => {
    for (const level of startingLevels) {
      expect(progress(7, level, 7)).toBe(0);
      expect(progress(programmeWeeks, level, 7)).toBe(1);
      expect(nonDecreasing(weeks.map((w) => progress(w, level, 7)))).toBe(true);
    }
  });

  it('steps whole numbers from min to max', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((t) => step({ min: 8, max: 12 }, t))).toEqual([8, 9, 10, 11, 12]);
    expect(step({ min: 10, max: 10 }, 0.6)).toBe(10);
  });

  it('raises the effort over the weeks, never lowering it', () => {
    for (const level of startingLevels) {
      const levels = weeks.map((w) => efforts.indexOf(effortFor(w, level)));
      expect(levels[0]).toBe(0);
      expect(levels[programmeWeeks - 1]).toBe(2);
      expect(nonDecreasing(levels)).toBe(true);
    }
  });

  it('holds on always with fall risk; otherwise only in the first weeks; never without support', () => {
    for (const level of startingLevels) for (const week of weeks) {
      expect(holdsOn(true, true, week, level)).toBe(true);
      expect(holdsOn(false, true, week, level)).toBe(false);
    }
    expect(holdsOn(true, false, 1, 'active')).toBe(true);
    expect(holdsOn(true, false, 2, 'active')).toBe(false);
    expect(holdsOn(true, false, 4, 'new')).toBe(true);
    expect(holdsOn(true, false, 5, 'new')).toBe(false);
  });

  it('unlocks moving balance exercises over the weeks, never taking one away', () => {
    for (const level of startingLevels) expect(nonDecreasing(weeks.map((w) => movingBalanceAllowed(w, level)))).toBe(true);
    expect(movingBalanceAllowed(1, 'new')).toBe(0);
    expect(movingBalanceAllowed(1, 'some')).toBe(1);
    expect(movingBalanceAllowed(1, 'active')).toBe(Infinity);
  });
});
