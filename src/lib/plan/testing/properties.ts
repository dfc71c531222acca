/**
 * The property tests every exercise list must pass: the fixture list (`properties.test.ts`) and
 * the real content (`content.test.ts`). Registers its tests inside the caller's `describe`.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { programmeWeeks } from '../../recommendations';
import { generatePlan } from '../generate';
import { parseProfile, profileToSearch, startingLevels, weekdays, type Profile, type Weekday } from '../profile';
import type { PlanExercise } from '../types';
import { profileArbitrary, runs } from './arbitraries';
import { planViolations, progressionViolations } from './rules';

const allDaySets: Weekday[][] = Array.from({ length: 128 }, (_, mask) => weekdays.filter((_, i) => mask & (1 << i)));

export function propertyTests(exercises: () => readonly PlanExercise[]): void {
  it(`satisfies every rule for ${runs} generated profiles`, () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(planViolations(generatePlan(profile, exercises()), profile, exercises())).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  it('satisfies every rule for every choice of days, level and health answers (6,144 combinations × 3 setups)', () => {
    const setups: Pick<Profile, 'equipment' | 'likes' | 'week'>[] = [
      { equipment: ['chair', 'wall', 'stairs', 'step-board', 'rail', 'band'], likes: [], week: 7 },
      { equipment: [], likes: ['walking', 'hiking', 'jogging', 'tai-chi', 'dancing'], week: 12 },
      { equipment: ['chair', 'stairs', 'step-board'], likes: ['jogging'], week: 7 },
    ];
    for (const setup of setups)
      for (const days of allDaySets)
        for (const level of startingLevels)
          for (let flags = 0; flags < 16; flags++) {
            const profile: Profile = {
              ...setup,
              days,
              level,
              falls: !!(flags & 1),
              spine: !!(flags & 2),
              fractures: !!(flags & 4),
              other: !!(flags & 8),
            };
            const violations = planViolations(generatePlan(profile, exercises()), profile, exercises());
            if (violations.length > 0) expect({ profile, violations }).toEqual({ profile, violations: [] });
          }
  });

  it('raises every dose from the low end over the 12 weeks, never lowering it', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const plans = Array.from({ length: programmeWeeks }, (_, i) => generatePlan({ ...profile, week: i + 1 }, exercises()));
        expect(progressionViolations(plans, exercises())).toEqual([]);
      }),
      { numRuns: Math.round(runs / 6) },
    );
  });

  it('gives the same plan for the same profile, also after a trip through the address', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        fc.pre(profile.days.length > 0);
        const plan = generatePlan(profile, exercises());
        expect(generatePlan(structuredClone(profile), structuredClone(exercises()))).toEqual(plan);
        expect(generatePlan(parseProfile(new URLSearchParams(profileToSearch(profile))).profile, exercises())).toEqual(plan);
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
      }),
      { numRuns: Math.round(runs / 3) },
    );
  });
}
