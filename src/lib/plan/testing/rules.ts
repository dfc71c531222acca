/**
 * The plan rules from DESIGN.md ("The plan generator") written as checks on a finished plan,
 * independent of how the generator builds it. Each check returns readable violations, so a
 * failing property test says which rule broke on which day. Shared by the fixture and the
 * real-content property tests.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Category, Impact } from '../../../schemas/vocabulary';
import {
  activityRecommendation,
  balanceRecommendation,
  boneRecommendation,
  firstWeekForStrongImpact,
  programmeWeeks,
  strengthRecommendation,
} from '../../recommendations';
import { messages, type Message } from '../messages';
import { weekdays, type Profile, type Weekday } from '../profile';
import type { Plan, PlanExercise, PlanItem, SessionKind } from '../types';

const holds = ['chair', 'rail', 'wall'];
const inRange = (value: number | undefined, range: { min: number; max: number }) =>
  value !== undefined && value >= range.min && value <= range.max;
const ring = (a: Weekday, b: Weekday) => {
  const d = Math.abs(weekdays.indexOf(a) - weekdays.indexOf(b));
  return Math.min(d, 7 - d);
};
const neighbours = (days: readonly Weekday[]) => days.some((a) => days.some((b) => ring(a, b) === 1));
/** True when two of the days can be picked that are not next to each other. */
const allowsGap = (days: readonly Weekday[]) => days.some((a) => days.some((b) => ring(a, b) > 1));
/** Written out here rather than imported, so a change to the generator's own helper cannot weaken the rule. */
const strongImpacts: readonly Impact[] = ['moderate', 'high'];
/** The readers the sources protect from moderate and high impacts, in any week. */
const protectedReader = (p: Profile) => p.level === 'new' || p.falls || p.spine || p.fractures || p.other;
const hasDose = (item: PlanItem) =>
  (item.sets !== undefined && item.reps !== undefined) || item.seconds !== undefined || item.minutes !== undefined;
const roundSeconds = (item: PlanItem) => (item.seconds ?? 0) * (item.perSide ? 2 : 1) * (item.sets ?? 1);

/** Every rule a plan for `profile` (in canonical form) must satisfy; empty when all hold. */
export function planViolations(plan: Plan, profile: Profile, exercises: readonly PlanExercise[]): string[] {
  const problems: string[] = [];
  const fail = (rule: string) => problems.push(rule);
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const tooFew = (category: Category) =>
    plan.fallbacks.find((f) => f.kind === 'too-few-exercises' && f.category === category) as
      | { found: number; wanted: number }
      | undefined;
  const daysWith = (kind: SessionKind) => plan.days.filter((d) => d.sessions.some((s) => s.kind === kind)).map((d) => d.day);

  // Shape
  if (plan.week !== profile.week) fail(`week is ${plan.week}, not ${profile.week}`);
  if (plan.days.map((d) => d.day).join() !== weekdays.join()) fail('days are not Monday to Sunday');
  for (const { day, sessions } of plan.days) {
    const kinds = sessions.map((s) => s.kind);
    if (new Set(kinds).size !== kinds.length) fail(`${day}: a session kind twice`);
    if (kinds.includes('daily') && kinds.length > 1) fail(`${day}: daily balance beside training`);
  }

  // Training happens on the reader's days; fewer than two days are topped up, and said so.
  const training = plan.days.filter((d) => d.sessions.some((s) => s.kind !== 'daily')).map((d) => d.day);
  const extra = plan.fallbacks.flatMap((f) => (f.kind === 'added-days' || f.kind === 'default-days' ? f.days : []));
  if (training.some((d) => !profile.days.includes(d) && !extra.includes(d))) fail(`training on a day not chosen: ${training.join()}`);
  if (profile.days.length >= 2 && extra.length > 0) fail('days added although two were chosen');
  if (profile.days.length < 2 && extra.length === 0) fail('fewer than two days chosen and none added');
  const available = profile.days.length >= 2 ? profile.days : training;

  // Strength: ≥ 2 days, apart where possible; 6–8 exercises; 2–3 sets of 8–12.
  const strengthDays = daysWith('strength');
  const strengthFew = tooFew('strength');
  if (strengthFew?.found !== 0 && strengthDays.length < strengthRecommendation.daysPerWeek.min)
    fail(`strength on ${strengthDays.length} days`);
  if (strengthFew?.found === 0 && strengthDays.length > 0) fail('strength sessions although none suit');
  if (neighbours(strengthDays) && allowsGap(available)) fail(`strength on neighbouring days ${strengthDays.join()}`);

  // Balance: 4–7 days (everyday life counts); about 15 minutes of 30–60 s exercises, still before moving.
  const balanceDays = daysWith('balance');
  const dailyDays = daysWith('daily');
  const balanceFew = tooFew('balance');
  const anyBalance = balanceDays.length + dailyDays.length;
  if (balanceFew?.found !== 0 && (anyBalance < balanceRecommendation.daysPerWeek.min || anyBalance > 7))
    fail(`balance on ${anyBalance} days`);
  if (dailyDays.length > 0 && training.length >= balanceRecommendation.daysPerWeek.min) fail('daily balance although training days suffice');
  if (dailyDays.length > 0 && !plan.fallbacks.some((f) => f.kind === 'daily-balance')) fail('daily balance without a note');

  // Bone: ≥ 2 days; 2–3 exercises of 3–5 × 10, or one longer activity the reader likes.
  const boneDays = daysWith('bone');
  const boneFew = tooFew('bone');
  if (boneFew?.found !== 0 && boneDays.length < boneRecommendation.daysPerWeek.min) fail(`bone on ${boneDays.length} days`);

  for (const { day, sessions } of plan.days) {
    for (const session of sessions) {
      const where = `${day} ${session.kind}`;
      const items = session.exercises;
      const category = session.kind === 'daily' ? 'balance' : session.kind;
      const found = items.map((item) => byId.get(item.id));
      if (items.length === 0) fail(`${where}: empty session`);
      if (new Set(items.map((i) => i.id)).size !== items.length) fail(`${where}: an exercise twice`);

      items.forEach((item, i) => {
        const exercise = found[i];
        if (!exercise) return fail(`${where}: unknown exercise ${item.id}`);
        const at = `${where} ${item.id}`;
        if (exercise.category !== category) fail(`${at}: category ${exercise.category}`);
        if (item.title !== exercise.title) fail(`${at}: title differs`);
        if (!exercise.spineSafe) fail(`${at}: not spine-safe`);
        if (profile.spine && !exercise.afterSpineFracture) fail(`${at}: unsuitable with spine affected`);
        if (!exercise.equipment.every((e) => e === 'mat' || (profile.equipment as readonly string[]).includes(e)))
          fail(`${at}: equipment not at hand`);
        if (exercise.minWeeksOfTraining >= profile.week) fail(`${at}: needs ${exercise.minWeeksOfTraining} weeks first`);
        if (strongImpacts.includes(exercise.impact) && (profile.week < firstWeekForStrongImpact || protectedReader(profile)))
          fail(`${at}: ${exercise.impact} impact not allowed`);
        if (!hasDose(item)) fail(`${at}: no dose`);
        if (exercise.support && profile.falls && !item.holdOn) fail(`${at}: must hold on (fall risk)`);
        if (exercise.support && profile.falls && !profile.equipment.some((e) => holds.includes(e))) fail(`${at}: nothing to hold`);
        if (item.holdOn && !exercise.support) fail(`${at}: hold on without support`);
      });

      if (session.kind === 'strength') {
        const { min, max } = strengthRecommendation.exercisesPerSession;
        if (!inRange(items.length, { min, max }) && items.length !== strengthFew?.found) fail(`${where}: ${items.length} exercises`);
        for (const item of items) {
          if (!inRange(item.sets, strengthRecommendation.sets)) fail(`${where} ${item.id}: ${item.sets} sets`);
          if (!inRange(item.reps, strengthRecommendation.reps)) fail(`${where} ${item.id}: ${item.reps} reps`);
        }
      }

      if (session.kind === 'balance' || session.kind === 'daily') {
        for (const item of items)
          if (!inRange(item.seconds, balanceRecommendation.secondsPerExercise)) fail(`${where} ${item.id}: ${item.seconds} s`);
        const firstMoving = found.findIndex((e) => e?.moving);
        if (firstMoving >= 0 && found.slice(firstMoving).some((e) => e && !e.moving)) fail(`${where}: moving before still`);
      }
      if (session.kind === 'balance') {
        const total = balanceRecommendation.totalMinutes * 60;
        const work = items.reduce((sum, item) => sum + roundSeconds(item), 0);
        if (session.minutes !== balanceRecommendation.totalMinutes) fail(`${where}: ${session.minutes} minutes`);
        // "About 15 minutes": never over, and short by less than one round of the longest bout on both sides.
        if (work > total || work < total - 2 * balanceRecommendation.secondsPerExercise.max)
          fail(`${where}: ${work} s of balance work`);
      }
      if (session.kind === 'daily' && items.length !== 1) fail(`${where}: ${items.length} exercises`);

      if (session.kind === 'bone') {
        const [first] = found;
        if (first?.activity !== undefined) {
          if (items.length !== 1) fail(`${where}: an activity with other exercises`);
          const liked = profile.likes.includes(first.activity);
          const instead = plan.fallbacks.some(
            (f) => (f.kind === 'activity-instead' && f.exercise === first.id) || (f.kind === 'liked-replaced' && f.instead.includes(first.id)),
          );
          if (!liked && !instead) fail(`${where}: activity ${first.id} neither liked nor explained`);
          const minutes = activityRecommendation.minutesPerSession;
          if (!inRange(items[0]?.minutes, minutes) || session.minutes !== items[0]?.minutes) fail(`${where}: ${items[0]?.minutes} minutes`);
        } else {
          const { min, max } = boneRecommendation.exercisesPerSession;
          if (!inRange(items.length, { min, max }) && items.length !== boneFew?.found) fail(`${where}: ${items.length} exercises`);
          items.forEach((item, i) => {
            if (found[i]?.activity !== undefined) fail(`${where}: activity ${item.id} among exercises`);
            if (!inRange(item.sets, boneRecommendation.sets)) fail(`${where} ${item.id}: ${item.sets} sets`);
            if (!inRange(item.reps, boneRecommendation.reps)) fail(`${where} ${item.id}: ${item.reps} reps`);
          });
        }
      }
    }
  }

  // Notes and warnings, as language-neutral messages (their words are tested in render.test.ts).
  const has = (message: Message) => plan.notes.some((note) => isDeepStrictEqual(note, message));
  if (!isDeepStrictEqual(plan.notes[0], messages.notes.example)) fail('the "example, not a prescription" note is not first');
  const consult = plan.warnings.filter((w) => w.kind === 'consult-professional');
  if ((profile.spine || profile.fractures || profile.other) !== (consult.length === 1)) fail('consult-professional warning wrong');

  // A liked longer activity that is not in the plan is replaced, and one sentence says why.
  const planned = new Set(plan.days.flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => e.id))));
  for (const exercise of exercises) {
    if (exercise.category !== 'bone' || exercise.activity === undefined || !profile.likes.includes(exercise.activity)) continue;
    if (planned.has(exercise.id)) continue;
    const replaced = plan.fallbacks.find((f) => f.kind === 'liked-replaced' && f.exercise === exercise.id);
    const allowed = !(strongImpacts.includes(exercise.impact) && (protectedReader(profile) || profile.week < firstWeekForStrongImpact));
    // An allowed one may only be missing because other liked activities took every bone day.
    if (!replaced) {
      if (!allowed || !has(messages.notes.otherLiked(exercise.activity))) fail(`liked ${exercise.id} is missing without a replacement`);
      continue;
    }
    const activity = exercise.activity;
    const sentence = plan.notes.find(
      (n) => ['plan.msg.notes.likedReplaced', 'plan.msg.notes.likedNotYet'].includes(n.key) && isDeepStrictEqual(n.values?.activity, { activity }),
    );
    const why = sentence?.values?.why;
    const whyKey = typeof why === 'object' && 'key' in why ? why.key : undefined;
    if (!whyKey?.startsWith('plan.msg.why.')) fail(`liked ${exercise.id} replaced without saying why`);
    if (strongImpacts.includes(exercise.impact) && protectedReader(profile) && !whyKey?.startsWith('plan.msg.why.impact.'))
      fail(`liked ${exercise.id}: the reason does not name the reader's answer`);
  }
  if (consult.some((w) => w.message.key !== 'plan.msg.warnings.consult')) fail('consult warning does not ask to see a doctor or physiotherapist');
  if (profile.falls && !has(messages.notes.holdOnFalls)) fail('fall risk without the hold-on note');
  const fewWarnings = plan.warnings.filter((w) => w.kind === 'too-few-exercises').length;
  if (fewWarnings !== plan.fallbacks.filter((f) => f.kind === 'too-few-exercises').length) fail('too-few fallback without its warning');
  const leftOut = plan.fallbacks.some((f) => f.kind === 'left-out-needs-support');
  if (leftOut !== plan.warnings.some((w) => w.kind === 'no-support-at-hand')) fail('left-out fallback and warning disagree');
  if (profile.likes.includes('dancing') !== has(messages.notes.dancing)) fail('dancing note wrong');
  if (new Set(plan.notes.map((note) => JSON.stringify(note))).size !== plan.notes.length) fail('a note twice');
  return problems;
}

/**
 * Rules across the weeks of one profile (plans for weeks 1 to 12, in order): every dose starts
 * at the low end of its range, never falls from one week to the next and reaches the top.
 */
export function progressionViolations(plans: readonly Plan[], exercises: readonly PlanExercise[]): string[] {
  const problems: string[] = [];
  const fail = (rule: string) => problems.push(rule);
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const efforts = ['gentle', 'moderate', 'challenging'];
  const doses = (plan: Plan) => {
    const map = new Map<string, PlanItem>();
    for (const day of plan.days) for (const s of day.sessions) for (const item of s.exercises) map.set(`${s.kind}:${item.id}`, item);
    return map;
  };
  // Balance "sets" are rounds that shrink as each round grows longer, so they are not a dose here.
  const fields = (key: string) =>
    key.startsWith('balance') || key.startsWith('daily') ? (['seconds'] as const) : (['sets', 'reps', 'holdSeconds', 'minutes'] as const);

  plans.forEach((plan, i) => {
    const previous = plans[i - 1];
    if (!previous) return;
    if (efforts.indexOf(plan.effort) < efforts.indexOf(previous.effort)) fail(`week ${plan.week}: effort fell`);
    const before = doses(previous);
    for (const [key, item] of doses(plan)) {
      const old = before.get(key);
      if (!old) continue;
      for (const field of fields(key))
        if ((item[field] ?? 0) < (old[field] ?? 0)) fail(`week ${plan.week} ${key}: ${field} fell from ${old[field]} to ${item[field]}`);
    }
  });

  // The low end in week 1 (or in the week a later exercise such as jumping may start), the top in the last week.
  const firstWeek = (e: PlanExercise) =>
    Math.max(1, e.minWeeksOfTraining + 1, strongImpacts.includes(e.impact) ? firstWeekForStrongImpact : 1);
  const edge = (plan: Plan | undefined, end: 0 | 1) => {
    if (!plan) return;
    for (const [key, item] of doses(plan)) {
      const [kind, id] = key.split(':') as [SessionKind, string];
      const exercise = byId.get(id);
      if (!exercise) continue;
      if (end === 0 ? firstWeek(exercise) !== plan.week : firstWeek(exercise) >= plan.week) continue;
      const pick = (own: readonly [number, number] | undefined, published: { min: number; max: number }) =>
        end === 0 ? Math.max(own?.[0] ?? 0, published.min) : Math.min(own?.[1] ?? Infinity, published.max);
      if (exercise.activity !== undefined) {
        const own = exercise.dose.kind === 'minutes' ? exercise.dose.minutes : undefined;
        if (kind === 'bone' && item.minutes !== pick(own, activityRecommendation.minutesPerSession))
          fail(`week ${plan.week} ${key}: ${item.minutes} min`);
        continue;
      }
      const dose = exercise.dose;
      if (kind === 'strength' || kind === 'bone') {
        const published = kind === 'strength' ? strengthRecommendation : boneRecommendation;
        const own = dose.kind === 'reps' ? dose : undefined;
        if (item.sets !== pick(own?.sets, published.sets)) fail(`week ${plan.week} ${key}: ${item.sets} sets`);
        if (item.reps !== pick(own?.reps, published.reps)) fail(`week ${plan.week} ${key}: ${item.reps} reps`);
      } else if (item.seconds !== pick(dose.kind === 'seconds' ? dose.seconds : undefined, balanceRecommendation.secondsPerExercise)) {
        fail(`week ${plan.week} ${key}: ${item.seconds} s`);
      }
    }
  };
  plans.forEach((plan) => edge(plan, 0));
  edge(plans[programmeWeeks - 1], 1);
  return problems;
}
