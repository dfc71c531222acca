import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dePlan } from '../../i18n/de-plan';
import { enPlan } from '../../i18n/en-plan';
import { defaultProfile, generatePlan, type PlanExercise, type Weekday } from '../../lib/plan';
import { profileArbitrary } from '../../lib/plan/testing/arbitraries';
import { loadContentExercises } from '../../lib/plan/testing/content';
import { programmeWeeks } from '../../lib/recommendations';
import { planLog } from './log';
import { planWords } from './strings';
import { shortDose, type ViewChild, type ViewElement } from './view';

const textOf = (node: ViewChild): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
const rowsOf = (log: ViewElement): ViewElement[] => {
  const all = (node: ViewElement): ViewElement[] => [node, ...node.children.flatMap((c) => (typeof c === 'string' ? [] : all(c)))];
  return all(log).filter((node) => node.tag === 'tr' && 'data-sessions' in node.attrs);
};

let exercises: PlanExercise[] = [];
beforeAll(() => {
  exercises = loadContentExercises('en');
});

describe('planLog', () => {
  it('has a row per kind of training day, a box per session and week, and the doses of weeks 1 and 12', () => {
    const words = planWords('en', enPlan);
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const first = generatePlan({ ...profile, week: 1 }, exercises);
        const last = generatePlan({ ...profile, week: programmeWeeks }, exercises);
        const kinds = (['balance', 'strength', 'bone'] as const).filter((kind) =>
          [first, last].some((plan) => plan.days.some((day) => day.sessions.some((s) => s.kind === kind))),
        );
        const log = planLog(profile, exercises, words);
        const rows = rowsOf(log);
        expect(log.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual(['caption', 'tbody']);
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.map((row) => textOf(row.children[0]!).split('Week')[0])).toEqual(kinds.map((kind) => enPlan[`plan.column.${kind}`]));
        rows.forEach((row, i) => {
          const kind = kinds[i]!;
          const days = Math.max(...[first, last].map((plan) => plan.days.filter((day) => day.sessions.some((s) => s.kind === kind)).length));
          expect(row.attrs['data-sessions']).toBe(String(days));
          expect(row.children.filter((c) => typeof c !== 'string' && c.tag === 'td')).toHaveLength(programmeWeeks);
          for (const plan of [first, last])
            for (const item of plan.days.flatMap((day) => day.sessions.filter((s) => s.kind === kind).flatMap((s) => s.exercises)))
              expect(textOf(row)).toContain(shortDose(item, words));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('speaks the page’s language', () => {
    const profile = {
      ...defaultProfile,
      days: ['mon', 'thu'] as Weekday[],
      week: 3,
    };
    const text = textOf(planLog(profile, loadContentExercises('de'), planWords('de', dePlan)));
    for (const words of [dePlan['plan.log.title'], dePlan['plan.column.strength'], 'Woche 1: ', 'Woche 12: '])
      expect(text).toContain(words);
  });
});
