/**
 * The 12-week log for paper: a row for each kind of training day, a column for each programme
 * week with a box for each session, and the dose of the first and the last week, so the reader
 * sees where the build-up starts and ends. Built like the plan view, for the page and the island.
 */
import { generatePlan, type Plan, type PlanExercise, type Profile } from '../../lib/plan';
import { programmeWeeks } from '../../lib/recommendations';
import type { PlanWords } from './strings';
import { el, shortDose, type ViewElement } from './view';

/** Training days only: balance fitted into daily life happens on the other days and has no box. */
const kinds = ['balance', 'strength', 'bone'] as const;
type LogKind = (typeof kinds)[number];

const sessionsOf = (plan: Plan, kind: LogKind) => plan.days.flatMap((day) => day.sessions.filter((session) => session.kind === kind));

/** The kind's doses that week, each once: "2 × 10, 2 × 10 each side". */
function doses(plan: Plan, kind: LogKind, words: PlanWords): string {
  const items = sessionsOf(plan, kind).flatMap((session) => session.exercises);
  return [...new Set(items.map((item) => shortDose(item, words)))].join(', ');
}

export function planLog(profile: Profile, exercises: readonly PlanExercise[], words: PlanWords): ViewElement {
  const first = generatePlan({ ...profile, week: 1 }, exercises);
  const last = generatePlan({ ...profile, week: programmeWeeks }, exercises);
  const weeks = Array.from({ length: programmeWeeks }, (_, i) => i + 1);
  // Markup kept small, as it is in every plan page's first round trip: plan-print.css numbers the
  // week in each cell and draws a box in it for each of the row's `data-sessions`.
  const rows = kinds
    .map((kind) => ({
      kind,
      sessions: Math.max(sessionsOf(first, kind).length, sessionsOf(last, kind).length),
    }))
    .filter((row) => row.sessions > 0)
    .map(({ kind, sessions }) =>
      el(
        'tr',
        { 'data-sessions': String(sessions) },
        el(
          'th',
          {},
          words.text(`plan.column.${kind}`),
          ...[first, last].map((plan) =>
            el(
              'span',
              {},
              words.text('plan.log.dose', {
                week: plan.week,
                dose: doses(plan, kind, words),
              }),
            ),
          ),
        ),
        ...weeks.map(() => el('td')),
      ),
    );
  return el(
    'table',
    {},
    el('caption', {}, words.text('plan.log.title')),
    el('tbody', {}, ...rows),
  );
}
