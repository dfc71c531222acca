import { describe, expect, it } from 'vitest';
import { samples } from '../lib/figure/testing/samples';
import { exerciseSchema, exerciseWordsSchema } from './exercise';

const valid = {
  category: 'strength',
  level: 6,
  dose: { kind: 'reps', sets: [2, 3], reps: [8, 12] },
  equipment: ['chair'],
  position: 'standing',
  bodyAreas: ['legs'],
  support: false,
  impact: 'none',
  spineSafe: true,
  afterSpineFracture: true,
  figure: samples.find((sample) => sample.id === 'sit-to-stand')!.figure,
  sources: ['iqwig-2023'],
  reviewed: '2026-11-26',
};

const issuesOf = (data: unknown) => {
  const result = exerciseSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('exerciseSchema', () => {
  it('accepts a complete exercise and fills the defaults', () => {
    const parsed = exerciseSchema.parse(valid);
    expect(parsed.minWeeksOfTraining).toBe(0);
    expect(parsed.moving).toBe(false);
    expect(parsed.reviewed).toEqual(new Date('2026-11-26'));
  });
  it('names the field of a wrong value', () => {
    expect(issuesOf({ ...valid, category: 'yoga' })).toEqual(['category']);
    expect(issuesOf({ ...valid, dose: { kind: 'reps', sets: [3, 2], reps: [8, 12] } })).toEqual(['dose.sets']);
  });
  it('refuses unknown fields, so a typo cannot pass silently', () => {
    expect(issuesOf({ ...valid, spinesafe: true })).toEqual(['']);
  });
  it('requires weeks of muscle building before a moderate or high impact', () => {
    for (const impact of ['moderate', 'high']) {
      expect(issuesOf({ ...valid, impact, afterSpineFracture: false })).toEqual(['minWeeksOfTraining']);
      expect(issuesOf({ ...valid, impact, afterSpineFracture: false, minWeeksOfTraining: 0 })).toEqual(['minWeeksOfTraining']);
      expect(issuesOf({ ...valid, impact, afterSpineFracture: false, minWeeksOfTraining: 6 })).toEqual([]);
    }
    expect(issuesOf({ ...valid, impact: 'low' })).toEqual([]);
  });
  it('never marks a moderate or high impact suitable after a vertebral fracture (no more than brisk walking)', () => {
    expect(issuesOf({ ...valid, impact: 'moderate', minWeeksOfTraining: 6 })).toEqual(['afterSpineFracture']);
  });
  it('knows the whole UK consensus ladder and nothing else', () => {
    expect(issuesOf({ ...valid, impact: 'medium' })).toEqual(['impact']);
  });
  it('only lets spine-safe exercises be marked suitable after a spine fracture', () => {
    expect(issuesOf({ ...valid, spineSafe: false })).toEqual(['afterSpineFracture']);
  });
});

describe('exerciseWordsSchema', () => {
  const words = {
    title: 'Squats',
    summary: 'Bend your hips and knees a little, then stand up again.',
    keyframes: ['Stand tall', 'Sit back'],
    steps: ['Stand in front of a chair.', 'Sit back as if to sit down.'],
    cautions: ['Keep your back straight.'],
  };
  it('accepts the words of an exercise', () => expect(exerciseWordsSchema.parse(words).aliases).toEqual([]));
  it('refuses a fact among the words, so no language can state its own dose', () => {
    const result = exerciseWordsSchema.safeParse({ ...words, dose: { kind: 'minutes', minutes: [5, 5] } });
    expect(result.success).toBe(false);
  });
  it('refuses the words among the facts', () => {
    expect(issuesOf({ ...valid, title: 'Squats' })).toEqual(['']);
  });
});
