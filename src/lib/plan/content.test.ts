import { beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { defaultProfile, profileEquipment, type Profile } from './profile';
import { loadContentExercises } from './testing/content';
import { propertyTests } from './testing/properties';
import type { PlanExercise } from './types';

let exercises: PlanExercise[] = [];
beforeAll(() => {
  exercises = loadContentExercises();
});

const tooFew = (profile: Profile) => generatePlan(profile, exercises).fallbacks.filter((f) => f.kind === 'too-few-exercises');

describe('the real exercise content', () => {
  it('loads and passes the exercise schema', () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  it('fills every session of the default plan and of a plan with all equipment', () => {
    expect(tooFew(defaultProfile)).toEqual([]);
    for (const level of ['new', 'some', 'active'] as const)
      for (const week of [1, 7, 12])
        for (const changes of [{}, { falls: true }, { spine: true }, { other: true }])
          expect(tooFew({ ...defaultProfile, equipment: [...profileEquipment], level, week, ...changes })).toEqual([]);
  });

  it('fills every session with just a chair and a wall, even with an affected spine and fall risk', () => {
    expect(tooFew({ ...defaultProfile, equipment: ['chair', 'wall'], spine: true, falls: true, likes: [] })).toEqual([]);
  });

  it('documents what is left with no equipment at all: the mat exercises only, with a warning', () => {
    const plan = generatePlan({ ...defaultProfile, equipment: [], likes: [] }, exercises);
    const strength = plan.days.flatMap((d) => d.sessions.filter((s) => s.kind === 'strength')).flatMap((s) => s.exercises);
    const ids = [...new Set(strength.map((e) => e.id))];
    const free = exercises.filter((e) => e.category === 'strength' && e.equipment.every((q) => q === 'mat')).map((e) => e.id);
    expect(ids.sort()).toEqual(free.sort());
    if (free.length < 6) expect(plan.warnings.map((w) => w.kind)).toContain('too-few-exercises');
  });

  propertyTests(() => exercises);
});
