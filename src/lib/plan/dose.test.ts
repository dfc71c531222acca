import { describe, expect, it } from 'vitest';
import { balanceRecommendation, boneRecommendation, strengthRecommendation } from '../recommendations';
import { activityItem, fillBalance, repsItem, roundSeconds, secondsItem, within } from './dose';
import { defaultProfile, type Profile } from './profile';
import { exercise, fixture } from './testing/fixtures';
import type { PlanItem } from './types';

const at = (week: number, changes: Partial<Profile> = {}): Profile => ({ ...defaultProfile, week, ...changes });

describe('within', () => {
  it('keeps the exercise range inside the published one, and falls back to the published one', () => {
    expect(within([2, 3], strengthRecommendation.sets)).toEqual({ min: 2, max: 3 });
    expect(within([1, 5], strengthRecommendation.sets)).toEqual({ min: 2, max: 3 });
    expect(within([10, 15], strengthRecommendation.reps)).toEqual({ min: 10, max: 12 });
    expect(within([20, 30], strengthRecommendation.reps)).toEqual({ min: 8, max: 12 });
    expect(within(undefined, balanceRecommendation.secondsPerExercise)).toEqual({ min: 30, max: 60 });
  });
});

describe('doses', () => {
  it('starts strength at 2 sets of 8 and ends at 3 sets of 12', () => {
    expect(repsItem(fixture('squats'), at(1), 'strength')).toEqual({ id: 'squats', title: 'Squats', holdOn: false, sets: 2, reps: 8 });
    expect(repsItem(fixture('squats'), at(12), 'strength')).toMatchObject({ sets: 3, reps: 12 });
  });

  it('starts bone exercises at 3 sets of 10 and ends at 5 sets of 10, per side where the exercise says', () => {
    expect(repsItem(fixture('step-ups'), at(1), 'bone')).toMatchObject({ sets: 3, reps: 10, perSide: true });
    expect(repsItem(fixture('step-ups'), at(12), 'bone')).toMatchObject({ sets: 5, reps: 10 });
  });

  it('raises hold times of held exercises', () => {
    expect(repsItem(fixture('back-press-wall'), at(1), 'strength').holdSeconds).toBe(3);
    expect(repsItem(fixture('back-press-wall'), at(12), 'strength').holdSeconds).toBe(5);
  });

  it('uses the published range when an exercise of a session gives its dose another way', () => {
    const odd = exercise({ id: 'odd', category: 'strength', level: 50, dose: { kind: 'seconds', seconds: [20, 40], perSide: false } });
    expect(repsItem(odd, at(1), 'strength')).toMatchObject({ sets: strengthRecommendation.sets.min, reps: strengthRecommendation.reps.min });
    expect(secondsItem(fixture('squats'), at(1)).seconds).toBe(balanceRecommendation.secondsPerExercise.min);
    expect(repsItem(fixture('brisk-walking'), at(12), 'bone')).toMatchObject({ sets: boneRecommendation.sets.max });
  });

  it('raises balance seconds from 30 to 60', () => {
    expect(secondsItem(fixture('one-leg-stand'), at(1))).toMatchObject({ seconds: 30, perSide: true, holdOn: true });
    expect(secondsItem(fixture('one-leg-stand'), at(12)).seconds).toBe(60);
  });

  it('gives every longer activity minutes inside the published range, from its low end up', () => {
    expect(activityItem(fixture('brisk-walking'), at(1))).toEqual({ id: 'brisk-walking', title: 'Brisk walking', holdOn: false, minutes: 20 });
    expect(activityItem(fixture('hiking'), at(12)).minutes).toBe(30);
    const long = { ...fixture('hiking'), dose: { kind: 'minutes' as const, minutes: [60, 90] as [number, number] } };
    expect(activityItem(long, at(12)).minutes).toBe(30);
  });
});

describe('fillBalance', () => {
  const item = (id: string, seconds: number, perSide = false): PlanItem => ({ id, title: id, seconds, holdOn: false, ...(perSide ? { perSide: true as const } : {}) });
  const total = (items: PlanItem[]) => items.reduce((sum, i) => sum + roundSeconds(i) * (i.sets ?? 1), 0);
  const target = balanceRecommendation.totalMinutes * 60;

  it('repeats the exercises in turn to about 15 minutes, never over', () => {
    for (const items of [[item('a', 30, true), item('b', 30)], [item('a', 45)], [item('a', 60, true), item('b', 60), item('c', 60)]]) {
      const filled = fillBalance(items);
      expect(filled.map((i) => i.id)).toEqual(items.map((i) => i.id));
      expect(total(filled)).toBeLessThanOrEqual(target);
      expect(target - total(filled)).toBeLessThan(Math.min(...items.map(roundSeconds)));
    }
  });

  it('gives still exercises (first in the list) the extra round when rounds do not share out evenly', () => {
    expect(fillBalance([item('a', 60), item('b', 60), item('c', 60), item('d', 60)]).map((i) => i.sets)).toEqual([4, 4, 4, 3]);
  });

  it('leaves out exercises from the end when even one round would be too long', () => {
    const many = Array.from({ length: 9 }, (_, i) => item(`e${i}`, 60, true));
    const filled = fillBalance(many);
    expect(filled).toHaveLength(7);
    expect(total(filled)).toBeLessThanOrEqual(target);
  });
});
