import { describe, expect, it } from 'vitest';
import { defaultProfile, type Profile } from './profile';
import { exclusion, impactReasons, likedButExcluded, pickBalance, pickBone, pickDaily, pickStrength } from './select';
import { exercise, fixture, fixtureExercises } from './testing/fixtures';

const profile = (changes: Partial<Profile> = {}): Profile => ({
  ...defaultProfile,
  equipment: ['chair', 'wall', 'stairs', 'step-board', 'rail', 'band'],
  likes: [],
  ...changes,
});
const ids = (list: { id: string }[]) => list.map((e) => e.id);
const suitable = (p: Profile) => fixtureExercises.filter((e) => exclusion(e, p) === undefined);
const ready = profile({ level: 'active', week: 7 });

describe('exclusion', () => {
  it('leaves out exercises that are not spine-safe, for everyone', () => {
    expect(exclusion(exercise({ id: 'sit-ups', category: 'strength', level: 99, spineSafe: false, afterSpineFracture: false }), ready)).toBe(
      'not-spine-safe',
    );
  });

  it('keeps only exercises suitable after a vertebral fracture when the spine is affected (no hiking, no lunges)', () => {
    const p = profile({ spine: true, likes: ['hiking'] });
    expect(exclusion(fixture('hiking'), p)).toBe('spine');
    expect(exclusion(fixture('lunges'), p)).toBe('spine');
    expect(exclusion(fixture('squats'), p)).toBeUndefined();
  });

  it('needs all equipment at hand; none is always fine, and a mat is assumed', () => {
    const none = profile({ equipment: [] });
    expect(exclusion(fixture('sit-to-stand'), none)).toBe('equipment');
    expect(exclusion(fixture('squats'), none)).toBeUndefined();
    expect(exclusion(fixture('back-press-lying'), none)).toBeUndefined();
    expect(exclusion(fixture('band-rows'), profile({ equipment: ['chair'] }))).toBe('equipment');
  });

  it('with fall risk, leaves out support exercises unless a chair, rail or wall is at hand', () => {
    expect(exclusion(fixture('stairs'), profile({ falls: true, equipment: ['stairs'] }))).toBe('needs-support');
    expect(exclusion(fixture('stairs'), profile({ falls: true, equipment: ['stairs', 'rail'] }))).toBeUndefined();
    expect(exclusion(fixture('stairs'), profile({ falls: false, equipment: ['stairs'] }))).toBeUndefined();
  });

  it('allows moderate and high impacts only from week 7, for readers who are not new and have none of the protected answers', () => {
    for (const id of ['jogging', 'skipping']) {
      const strong = fixture(id);
      expect(exclusion(strong, ready)).toBeUndefined();
      expect(exclusion(strong, { ...ready, week: 6 })).toBe('not-yet');
      for (const answer of ['falls', 'fractures', 'other'] as const) expect(exclusion(strong, { ...ready, [answer]: true })).toBe('impact');
      expect(exclusion(strong, { ...ready, level: 'new' })).toBe('impact');
      expect(exclusion({ ...strong, afterSpineFracture: true }, { ...ready, spine: true })).toBe('impact');
    }
  });

  it('orders the reasons against impact, the gravest first', () => {
    expect(impactReasons(ready)).toEqual([]);
    expect(impactReasons({ ...ready, level: 'new', other: true, falls: true, fractures: true, spine: true })).toEqual([
      'spine', 'fractures', 'falls', 'other', 'new',
    ]);
  });

  it('allows jumping only from week 7, after its weeks of muscle building, for active readers without conditions', () => {
    const jumps = fixture('jumps-and-hops');
    expect(exclusion(jumps, ready)).toBeUndefined();
    expect(exclusion(jumps, { ...ready, level: 'some' })).toBeUndefined();
    expect(exclusion(jumps, { ...ready, week: 6 })).toBe('not-yet');
    expect(exclusion(jumps, { ...ready, level: 'new' })).toBe('impact');
    expect(exclusion(jumps, { ...ready, spine: true })).toBe('spine');
    expect(exclusion(jumps, { ...ready, fractures: true })).toBe('impact');
    expect(exclusion({ ...jumps, minWeeksOfTraining: 1 }, { ...ready, week: 6 })).toBe('not-yet');
    expect(exclusion({ ...jumps, minWeeksOfTraining: 8 }, { ...ready, week: 8 })).toBe('not-yet');
    expect(exclusion({ ...jumps, minWeeksOfTraining: 8 }, { ...ready, week: 9 })).toBeUndefined();
  });

  it('holds back any exercise until its weeks of training are done', () => {
    const later = exercise({ id: 'later', category: 'strength', level: 50, minWeeksOfTraining: 3 });
    expect(exclusion(later, profile({ week: 3 }))).toBe('not-yet');
    expect(exclusion(later, profile({ week: 4 }))).toBeUndefined();
  });
});

describe('strength picks', () => {
  it('gives new starters the 6 easiest, some activity 7, active readers the 8 hardest, easiest first', () => {
    expect(ids(pickStrength(suitable(profile()), profile()))).toEqual([
      'back-press-wall', 'sit-to-stand', 'back-press-lying', 'calf-raises', 'wall-push-ups', 'squats',
    ]);
    expect(pickStrength(suitable(profile({ level: 'some' })), profile({ level: 'some' }))).toHaveLength(7);
    expect(ids(pickStrength(suitable(ready), ready))).toEqual([
      'back-press-lying', 'calf-raises', 'wall-push-ups', 'squats', 'back-tense-front', 'band-rows', 'back-extensions', 'lunges',
    ]);
  });
});

describe('balance picks', () => {
  it('puts still exercises before moving ones', () => {
    const picked = pickBalance(suitable(ready), ready);
    const firstMoving = picked.findIndex((e) => e.moving);
    expect(picked.slice(firstMoving).every((e) => e.moving)).toBe(true);
    expect(ids(picked)).toEqual(['one-leg-stand', 'rocking', 'tightrope-walk', 'walking-backwards-sideways', 'walking-on-toes', 'tai-chi']);
  });

  it('keeps new starters standing still for two weeks, then adds one moving exercise every two weeks', () => {
    const moving = (week: number) => pickBalance(suitable(profile({ week })), profile({ week })).filter((e) => e.moving).length;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 12].map(moving)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('brings a liked tai chi in first among the moving exercises', () => {
    const p = profile({ level: 'some', likes: ['tai-chi'] });
    expect(ids(pickBalance(suitable(p), p))).toEqual(['one-leg-stand', 'rocking', 'tai-chi']);
  });

  it('uses the easiest moving exercise when no still one suits, even for a new starter', () => {
    const p = profile({ equipment: [] });
    expect(ids(pickBalance(suitable(p), p))).toEqual(['tai-chi']);
  });

  it('picks the easiest still balance exercise for everyday life', () => {
    expect(pickDaily(suitable(profile()))?.id).toBe('one-leg-stand');
    expect(pickDaily(suitable(profile({ equipment: ['wall'] })))?.id).toBe('tightrope-walk');
    expect(pickDaily([])).toBeUndefined();
  });
});

describe('bone picks', () => {
  const bone = (p: Profile) => pickBone(suitable(p), p, likedButExcluded(fixtureExercises, p));

  it('prefers liked activities that suit', () => {
    const p = profile({ likes: ['walking', 'hiking'] });
    expect(bone(p)).toMatchObject({ mode: 'activity', why: 'liked' });
    expect(ids((bone(p) as { activities: { id: string }[] }).activities)).toEqual(['brisk-walking', 'hiking']);
  });

  it('puts the easiest suitable activity in the place of a liked one that is not allowed', () => {
    const p = profile({ likes: ['jogging'], fractures: true });
    expect(ids(likedButExcluded(fixtureExercises, p))).toEqual(['jogging']);
    expect(bone(p)).toEqual({ mode: 'activity', activities: [fixture('brisk-walking')], why: 'replaces-liked' });
  });

  it('otherwise takes 2 exercises for new starters and 3 for others, jumping only when allowed', () => {
    expect(bone(profile())).toEqual({ mode: 'exercises', exercises: [fixture('stairs'), fixture('step-ups')] });
    expect(ids((bone(ready) as { exercises: { id: string }[] }).exercises)).toEqual([
      'step-jumps', 'jumps-and-hops', 'skipping',
    ]);
    const early = profile({ level: 'active', week: 6 });
    expect(ids((bone(early) as { exercises: { id: string }[] }).exercises)).toEqual(['stairs', 'step-ups']);
  });

  it('suggests the easiest activity when fewer than 2 bone exercises suit', () => {
    const p = profile({ equipment: ['stairs'] });
    expect(bone(p)).toEqual({ mode: 'activity', activities: [fixture('brisk-walking')], why: 'too-few-exercises' });
  });

  it('returns whatever bone exercises suit when there is no activity either', () => {
    const onlyStairs = [fixture('stairs')];
    expect(pickBone(onlyStairs, profile(), [])).toEqual({ mode: 'exercises', exercises: onlyStairs });
  });
});
