/**
 * The printed sheet of every exercise, read from the built pages: its tick-box log has a column
 * per programme week and a row per recommended training day of its kind of training.
 */
import { describe, expect, it } from 'vitest';
import { loadContentExercises } from '../../src/lib/plan/testing/content';
import { programmeWeeks, recommendations } from '../../src/lib/recommendations';
import { envSite, page, textOf } from './support/site';

describe.each(loadContentExercises())('the sheet of $id', (exercise) => {
  const days = recommendations[exercise.category].daysPerWeek.min;
  const log = () => page(`${envSite.basePath}exercises/${exercise.id}/`).querySelector('.sheet .tick-log');

  it(`logs ${programmeWeeks} weeks of the recommended days a week`, () => {
    expect(textOf(log()?.querySelector('caption'))).toContain(`${days} days a week, for ${programmeWeeks} weeks`);
    expect(log()?.querySelectorAll('thead th[scope="col"]')).toHaveLength(programmeWeeks + 1);
    expect(log()?.querySelectorAll('tbody th[scope="row"]')).toHaveLength(days);
    expect(log()?.querySelectorAll('tbody td')).toHaveLength(programmeWeeks * days);
  });
});
