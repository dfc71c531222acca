/** fast-check generators for profiles. Lists come out in canonical order, as `normaliseProfile` makes them. */
import fc from 'fast-check';
import { programmeWeeks } from '../../recommendations';
import { likedActivities, profileEquipment, startingLevels, weekdays, type Profile } from '../profile';

export const profileArbitrary: fc.Arbitrary<Profile> = fc.record({
  days: fc.subarray([...weekdays]),
  level: fc.constantFrom(...startingLevels),
  falls: fc.boolean(),
  spine: fc.boolean(),
  fractures: fc.boolean(),
  other: fc.boolean(),
  equipment: fc.subarray([...profileEquipment]),
  likes: fc.subarray([...likedActivities]),
  week: fc.integer({ min: 1, max: programmeWeeks }),
});

/** Runs per property: thousands of profiles, still well under a second each. */
export const runs = 3000;
