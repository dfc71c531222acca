import { describe, expect, it } from 'vitest';
import { balanceRecommendation, boneRecommendation, strengthRecommendation } from '../recommendations';
import { enPlan } from '../../i18n/en-plan';
import { generatePlan } from './generate';
import { messages } from './messages';
import { messageRenderer } from './render';
import { defaultProfile, profileEquipment, type Profile } from './profile';
import { hasNeighbours } from './schedule';
import { fixtureExercises } from './testing/fixtures';
import { planViolations } from './testing/rules';
import type { ImpactReason, Plan, PlanItem, SessionKind } from './types';

const profile = (changes: Partial<Profile> = {}): Profile => ({ ...defaultProfile, ...changes });
const plan = (changes: Partial<Profile> = {}) => generatePlan(profile(changes), fixtureExercises);
const daysWith = (p: Plan, kind: SessionKind) => p.days.filter((d) => d.sessions.some((s) => s.kind === kind)).map((d) => d.day);
const sessions = (p: Plan, kind: SessionKind) => p.days.flatMap((d) => d.sessions.filter((s) => s.kind === kind));
const items = (p: Plan, kind?: SessionKind): PlanItem[] =>
  p.days.flatMap((d) => d.sessions.filter((s) => !kind || s.kind === kind).flatMap((s) => s.exercises));
const ids = (p: Plan, kind?: SessionKind) => [...new Set(items(p, kind).map((i) => i.id))];
const allEquipment = [...profileEquipment];
const english = messageRenderer(enPlan, 'en-GB');

/** Every scenario below must also satisfy all rules at once. */
const checked = (changes: Partial<Profile>) => {
  const p = plan(changes);
  expect(planViolations(p, profile(changes), fixtureExercises)).toEqual([]);
  return p;
};

describe('the default plan (no answers)', () => {
  it('trains on Monday, Wednesday and Friday with balance in daily life on the other days', () => {
    const p = checked({});
    expect(daysWith(p, 'strength')).toEqual(['mon', 'fri']);
    expect(daysWith(p, 'balance')).toEqual(['mon', 'wed', 'fri']);
    expect(daysWith(p, 'bone')).toEqual(['mon', 'wed']);
    expect(daysWith(p, 'daily')).toEqual(['tue', 'thu', 'sat', 'sun']);
    expect(p.warnings).toEqual([]);
  });
});

describe('strength', () => {
  it('is on at least 2 days, not neighbours, with 6–8 exercises of 2–3 sets of 8–12', () => {
    for (const level of ['new', 'some', 'active'] as const) {
      const p = checked({ level, days: ['mon', 'tue', 'wed', 'thu'], equipment: allEquipment });
      expect(daysWith(p, 'strength')).toEqual(['mon', 'thu']);
      for (const s of sessions(p, 'strength')) {
        expect(s.exercises.length).toBeGreaterThanOrEqual(strengthRecommendation.exercisesPerSession.min);
        expect(s.exercises.length).toBeLessThanOrEqual(strengthRecommendation.exercisesPerSession.max);
      }
    }
  });

  it('falls on neighbouring days only when the reader has no other choice, and then says so', () => {
    const p = checked({ days: ['sat', 'sun'] });
    expect(daysWith(p, 'strength')).toEqual(['sat', 'sun']);
    expect(p.notes).toContainEqual(messages.notes.consecutiveStrength);
    expect(checked({ days: ['sun', 'mon', 'wed'].sort() as Profile['days'] }).notes).not.toContainEqual(messages.notes.consecutiveStrength);
  });

  it('treats Sunday and Monday as neighbours', () => {
    const p = checked({ days: ['mon', 'fri', 'sun'] });
    expect(hasNeighbours(daysWith(p, 'strength'))).toBe(false);
    expect(daysWith(p, 'strength')).toEqual(['mon', 'fri']);
  });

  it('uses easier exercises for new starters and includes harder ones for active readers', () => {
    const easy = ids(checked({ level: 'new', equipment: allEquipment }), 'strength');
    const hard = ids(checked({ level: 'active', equipment: allEquipment }), 'strength');
    expect(easy).toContain('sit-to-stand');
    expect(easy).not.toContain('lunges');
    expect(hard).toContain('lunges');
  });
});

describe('balance', () => {
  it('is on 4–7 days, about 15 minutes, 30–60 s per exercise', () => {
    const p = checked({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], level: 'active', week: 5 });
    expect(daysWith(p, 'balance')).toHaveLength(7);
    for (const s of sessions(p, 'balance')) {
      expect(s.minutes).toBe(balanceRecommendation.totalMinutes);
      const work = s.exercises.reduce((sum, i) => sum + (i.seconds ?? 0) * (i.perSide ? 2 : 1) * (i.sets ?? 1), 0);
      expect(work).toBeLessThanOrEqual(15 * 60);
      expect(work).toBeGreaterThanOrEqual(13 * 60);
    }
  });

  it('puts still exercises before moving ones', () => {
    const p = checked({ level: 'active' });
    expect(ids(p, 'balance')).toEqual(['one-leg-stand', 'rocking', 'tightrope-walk', 'walking-backwards-sideways', 'walking-on-toes', 'tai-chi']);
  });

  it('keeps new starters to still exercises in weeks 1 and 2', () => {
    expect(ids(checked({ week: 1 }), 'balance')).toEqual(['one-leg-stand', 'rocking']);
    expect(ids(checked({ week: 2 }), 'balance')).toEqual(['one-leg-stand', 'rocking']);
    expect(ids(checked({ week: 3 }), 'balance')).toEqual(['one-leg-stand', 'rocking', 'tightrope-walk']);
  });

  it('with fall risk, marks every support exercise "hold on", in every week, and says to hold a rail or chair until mastered', () => {
    for (const week of [1, 6, 12]) {
      const p = checked({ falls: true, week, level: 'active', equipment: allEquipment });
      const support = new Set(fixtureExercises.filter((e) => e.support).map((e) => e.id));
      const held = items(p).filter((i) => support.has(i.id));
      expect(held.length).toBeGreaterThan(0);
      expect(held.every((i) => i.holdOn)).toBe(true);
      expect(items(p).find((i) => i.id === 'tai-chi')?.holdOn).toBe(false);
      expect(p.notes).toContainEqual(messages.notes.holdOnFalls);
      expect(english(messages.notes.holdOnFalls)).toMatch(/rail or a stable chair.*mastered/);
    }
  });

  it('without fall risk, starts holding on and lets go after the first weeks', () => {
    expect(items(checked({ week: 1 }), 'balance').every((i) => i.holdOn)).toBe(true);
    expect(items(checked({ week: 5 }), 'balance').some((i) => i.holdOn)).toBe(false);
  });

  it('moves into daily life when fewer than 4 days are free, so balance still happens on at least 4 days', () => {
    for (const days of [['wed'], ['mon', 'thu'], ['tue', 'thu', 'sat']] as Profile['days'][]) {
      const p = checked({ days });
      const daily = sessions(p, 'daily');
      expect(daysWith(p, 'balance').length + daysWith(p, 'daily').length).toBe(7);
      expect(daily.every((s) => s.exercises.length === 1 && s.exercises[0]?.id === 'one-leg-stand')).toBe(true);
      expect(english(daily[0]!.tip!)).toMatch(/brush your teeth/);
      expect(p.fallbacks).toContainEqual({ kind: 'daily-balance', days: daysWith(p, 'daily') });
    }
    expect(daysWith(checked({ days: ['mon', 'tue', 'thu', 'sat'] }), 'daily')).toEqual([]);
  });

  it('prefers a liked tai chi in balance sessions and says where to learn it', () => {
    const p = checked({ level: 'some', likes: ['tai-chi'] });
    expect(ids(p, 'balance')).toEqual(['one-leg-stand', 'rocking', 'tai-chi']);
    expect(p.notes).toContainEqual(messages.notes.likedInBalance('tai-chi'));
    expect(checked({ level: 'new', week: 1, likes: ['tai-chi'] }).notes).toContainEqual(messages.notes.likedLater('tai-chi'));
  });
});

describe('bone stability', () => {
  it('uses 2–3 exercises of 3–5 sets of 10 when the reader has stairs or a step board', () => {
    const p = checked({ equipment: ['chair', 'stairs', 'step-board'], likes: [] });
    expect(daysWith(p, 'bone')).toHaveLength(2);
    for (const s of sessions(p, 'bone')) {
      expect(s.exercises.length).toBeGreaterThanOrEqual(boneRecommendation.exercisesPerSession.min);
      expect(s.exercises.length).toBeLessThanOrEqual(boneRecommendation.exercisesPerSession.max);
      for (const i of s.exercises) expect([i.sets, i.reps]).toEqual([3, 10]);
    }
  });

  it('uses one longer liked activity instead, taking turns when several are liked', () => {
    const p = checked({ likes: ['walking', 'hiking'], equipment: allEquipment });
    expect(sessions(p, 'bone').map((s) => s.exercises.map((i) => i.id))).toEqual([['brisk-walking'], ['hiking']]);
    expect(sessions(p, 'bone')[0]?.minutes).toBe(20);
  });

  it('offers jogging, a moderate impact, only from week 7 to a reader who likes it and is not protected', () => {
    expect(ids(checked({ likes: ['jogging'], level: 'some', week: 7 }), 'bone')).toEqual(['jogging']);
    const early = checked({ likes: ['jogging'], level: 'some', week: 6 });
    expect(ids(early, 'bone')).toEqual(['brisk-walking']);
    expect(early.notes).toContainEqual(
      messages.notes.likedReplaced('jogging', { kind: 'not-yet', fromWeek: 7 }, ['Brisk walking']),
    );
  });

  it('replaces jogging for a new, falling, fractured or unwell reader, naming their answer, in every week', () => {
    const cases: [Partial<Profile>, ImpactReason][] = [
      [{ level: 'new' }, 'new'],
      [{ level: 'active', falls: true }, 'falls'],
      [{ level: 'active', spine: true }, 'spine'],
      [{ level: 'active', fractures: true }, 'fractures'],
      [{ level: 'active', other: true }, 'other'],
      [{ level: 'active', falls: true, fractures: true }, 'fractures'],
    ];
    for (const [answers, reason] of cases)
      for (const week of [1, 7, 12]) {
        const p = checked({ ...answers, week, likes: ['jogging'], equipment: allEquipment });
        expect(ids(p)).not.toContain('jogging');
        expect(ids(p, 'bone')).toEqual(['brisk-walking']);
        expect(p.fallbacks).toContainEqual({ kind: 'liked-replaced', exercise: 'jogging', why: { kind: 'impact', reason }, instead: ['brisk-walking'] });
        expect(p.notes).toContainEqual(messages.notes.likedReplaced('jogging', { kind: 'impact', reason }, ['Brisk walking']));
      }
  });

  it('opens the very link of the bug report (new, has fallen, likes jogging) with brisk walking, not jogging', () => {
    const p = checked({ days: ['mon', 'wed', 'fri'], level: 'new', falls: true, likes: ['jogging'] });
    expect(ids(p, 'bone')).toEqual(['brisk-walking']);
    expect(items(p, 'bone').every((i) => i.minutes === 20)).toBe(true);
    expect(p.notes.map(english).find((n) => n.startsWith('Jogging is not part of this plan'))).toMatch(/because you may be more likely to fall/);
  });

  it('suggests brisk walking, and says why, when fewer than 2 bone exercises suit and no activity is liked', () => {
    const p = checked({ likes: [], equipment: ['chair', 'wall'] });
    expect(ids(p, 'bone')).toEqual(['brisk-walking']);
    expect(p.fallbacks).toContainEqual({ kind: 'activity-instead', exercise: 'brisk-walking' });
    expect(p.notes).toContainEqual(messages.notes.activityInstead('Brisk walking'));
  });

  it('keeps dancing as a friendly note without an exercise or a medical claim', () => {
    const p = checked({ likes: ['dancing'] });
    expect(p.notes).toContainEqual(messages.notes.dancing);
    expect(english(messages.notes.dancing)).not.toMatch(/bone|fracture|prevent|strengthen/i);
  });
});

describe('jumping, hopping and skipping', () => {
  const ready: Partial<Profile> = { level: 'active', week: 7, likes: [], equipment: allEquipment };
  const jumps = (p: Plan) => ids(p).filter((id) => ['step-jumps', 'jumps-and-hops', 'skipping'].includes(id));

  it('come in from week 7 for active readers without conditions', () => {
    expect(jumps(checked(ready))).toEqual(['step-jumps', 'jumps-and-hops', 'skipping']);
    expect(checked(ready).notes).toContainEqual(messages.notes.jumping);
    // They join at the low end, although the active reader's other doses are already at the top.
    expect(items(checked(ready), 'bone').map((i) => i.sets)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(items(checked(ready), 'strength')[0]?.sets).toBe(3);
    expect(items(checked({ ...ready, week: 12 }), 'bone').every((i) => i.sets === 5)).toBe(true);
    expect(jumps(checked({ ...ready, week: 6 }))).toEqual([]);
    expect(checked({ ...ready, week: 6 }).notes).toContainEqual(messages.notes.jumpingLater(7));
  });

  it.each([['spine', { spine: true }], ['fall risk', { falls: true }], ['other conditions', { other: true }], ['a new starter', { level: 'new' }]] as const)(
    'never come in with %s: stairs and step-ups instead',
    (_, change) => {
      for (const week of [7, 12]) {
        const p = checked({ ...ready, ...change, week });
        expect(jumps(p)).toEqual([]);
        expect(ids(p, 'bone')).toEqual(expect.arrayContaining(['stairs', 'step-ups']));
      }
    },
  );
});

describe('safety filters', () => {
  it('with an affected spine, uses only exercises suitable after a vertebral fracture and asks to see a professional first', () => {
    const p = checked({ spine: true, equipment: allEquipment, level: 'active', week: 12, likes: ['walking', 'hiking', 'jogging', 'tai-chi'] });
    const unsuitable = new Set(fixtureExercises.filter((e) => !e.afterSpineFracture).map((e) => e.id));
    expect(ids(p).filter((id) => unsuitable.has(id))).toEqual([]);
    expect(p.warnings[0]).toEqual({ kind: 'consult-professional', message: messages.warnings.consult(true, false, false) });
    expect(english(p.warnings[0]!.message)).toMatch(/spine.*doctor or physiotherapist before you start/);
  });

  it('with other conditions, asks to agree the plan with a doctor or physiotherapist first', () => {
    const p = checked({ other: true });
    const consult = p.warnings.filter((w) => w.kind === 'consult-professional');
    expect(consult.map((w) => english(w.message))).toEqual([expect.stringMatching(/other health conditions.*doctor or physiotherapist/)]);
    expect(checked({}).warnings.some((w) => w.kind === 'consult-professional')).toBe(false);
  });

  it('uses only equipment at hand, counting a mat as at hand (with a note)', () => {
    const p = checked({ equipment: ['wall'] });
    const needs = new Map(fixtureExercises.map((e) => [e.id, e.equipment]));
    expect(ids(p).every((id) => needs.get(id)?.every((e) => e === 'wall' || e === 'mat'))).toBe(true);
    expect(ids(p)).toContain('back-press-lying');
    expect(p.notes).toContainEqual(messages.notes.mat);
  });

  it('with fall risk and nothing to hold, leaves out support exercises and tells the reader to use a worktop', () => {
    const p = checked({ falls: true, equipment: ['stairs', 'step-board', 'band'], likes: [] });
    const support = new Set(fixtureExercises.filter((e) => e.support).map((e) => e.id));
    expect(ids(p).filter((id) => support.has(id))).toEqual([]);
    expect(p.fallbacks).toContainEqual({ kind: 'left-out-needs-support', exercises: ['stairs', 'step-ups'] });
    const noSupport = p.warnings.filter((w) => w.kind === 'no-support-at-hand');
    expect(noSupport.map((w) => english(w.message))).toEqual([expect.stringMatching(/left out 2 exercises that need.*kitchen worktop/)]);
  });
});

describe('too few exercises', () => {
  it('with no equipment at all: the 3 mat exercises and squats, a distinct warning, and no padding', () => {
    const p = checked({ equipment: [], likes: [] });
    expect(ids(p, 'strength')).toEqual(['back-press-lying', 'squats', 'back-tense-front', 'back-extensions']);
    expect(p.fallbacks).toContainEqual({ kind: 'too-few-exercises', category: 'strength', found: 4, wanted: 6 });
    expect(p.warnings).toContainEqual({ kind: 'too-few-exercises', message: messages.warnings.tooFew('strength', 4, 6) });
    // Balance: only tai chi needs nothing, so it stands in and fills the session; bone: brisk walking.
    expect(ids(p, 'balance')).toEqual(['tai-chi']);
    expect(p.fallbacks).toContainEqual({ kind: 'too-few-exercises', category: 'balance', found: 1, wanted: 2 });
    expect(ids(p, 'bone')).toEqual(['brisk-walking']);
  });

  it('with no equipment and an affected spine: still honest about what is left', () => {
    const p = checked({ equipment: [], spine: true, likes: [] });
    expect(ids(p, 'strength')).toEqual(['back-press-lying', 'squats', 'back-tense-front', 'back-extensions']);
    expect(p.warnings.map((w) => w.kind)).toEqual(['consult-professional', 'too-few-exercises', 'too-few-exercises']);
  });

  it('with no exercises at all: no sessions, a warning for each kind, and no crash', () => {
    const p = generatePlan(defaultProfile, []);
    expect(p.days.every((d) => d.sessions.length === 0)).toBe(true);
    expect(p.fallbacks.filter((f) => f.kind === 'too-few-exercises').map((f) => f.category)).toEqual(['strength', 'balance', 'bone']);
    expect(planViolations(p, defaultProfile, [])).toEqual([]);
  });
});

describe('days', () => {
  it('with no days chosen, uses Monday, Wednesday and Friday and says so', () => {
    const p = checked({ days: [] });
    expect(p.fallbacks).toContainEqual({ kind: 'default-days', days: ['mon', 'wed', 'fri'] });
    expect(p.notes).toContainEqual(messages.notes.defaultDays(['mon', 'wed', 'fri']));
    expect(daysWith(p, 'strength')).toEqual(['mon', 'fri']);
  });

  it('with one day chosen, adds the farthest day for the second strength and bone day and says so', () => {
    const p = checked({ days: ['tue'] });
    expect(p.fallbacks).toContainEqual({ kind: 'added-days', days: ['fri'] });
    expect(p.notes).toContainEqual(messages.notes.addedDays(['fri']));
    expect(daysWith(p, 'strength')).toEqual(['tue', 'fri']);
  });
});

describe('notes and determinism', () => {
  it('always starts with the note that this is an example, not a prescription', () => {
    for (const changes of [{}, { spine: true }, { days: [] }]) expect(checked(changes).notes[0]).toEqual(messages.notes.example);
    expect(english(messages.notes.example)).toMatch(/example.*not a prescription/);
  });

  it('gives a deeply equal plan for the same profile and exercises, and survives JSON', () => {
    const input = profile({ falls: true, likes: ['walking', 'hiking'], week: 8, level: 'some' });
    const first = generatePlan(input, fixtureExercises);
    expect(generatePlan({ ...input }, [...fixtureExercises])).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('does not change its inputs, and no two days share an object', () => {
    const input = profile({ days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    const before = JSON.stringify([input, fixtureExercises]);
    const p = generatePlan(input, fixtureExercises);
    expect(JSON.stringify([input, fixtureExercises])).toBe(before);
    const first = sessions(p, 'balance');
    expect(first[0]).not.toBe(first[1]);
    expect(first[0]?.exercises[0]).not.toBe(first[1]?.exercises[0]);
  });

  it('accepts a profile that is not in canonical form', () => {
    const messy = { ...defaultProfile, days: ['fri', 'mon', 'fri'], week: 99, likes: ['walking', 'walking'] } as unknown as Profile;
    expect(generatePlan(messy, fixtureExercises)).toEqual(generatePlan({ ...defaultProfile, days: ['mon', 'fri'], week: 12 }, fixtureExercises));
  });
});
