import { describe } from 'vitest';
import { fixtureExercises } from './testing/fixtures';
import { propertyTests } from './testing/properties';

describe('plan rules over the fixture exercises', () => {
  propertyTests(() => fixtureExercises);
});
