import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { messages } from './messages';
import { planWarnings } from './notes';
import { defaultProfile, type Profile } from './profile';
import { fixture, fixtureExercises } from './testing/fixtures';

const profile = (changes: Partial<Profile> = {}): Profile => ({ ...defaultProfile, ...changes });
const notes = (changes: Partial<Profile>, exercises = fixtureExercises) => generatePlan(profile(changes), exercises).notes;

describe('warnings', () => {
  it('asks to agree the plan with a doctor or physiotherapist first, naming each reason, before any other warning', () => {
    const [first] = planWarnings({
      profile: profile({ spine: true, other: true }),
      fallbacks: [{ kind: 'too-few-exercises', category: 'bone', found: 1, wanted: 2 }],
    });
    expect(first).toEqual({
      kind: 'consult-professional',
      text: 'Because your spine is affected and you have other health conditions, please agree this plan with your doctor or physiotherapist before you start. They can tell you which exercises are right for you.',
    });
  });

  it('asks the same of a reader who has broken more than one bone from a minor fall or bump', () => {
    const warnings = planWarnings({ profile: profile({ fractures: true }), fallbacks: [] });
    expect(warnings).toEqual([
      {
        kind: 'consult-professional',
        text: 'Because you have broken more than one bone from a minor fall or bump, please agree this plan with your doctor or physiotherapist before you start. They can tell you which exercises are right for you.',
      },
    ]);
  });

  it('has one warning for each fallback the reader must know about', () => {
    const warnings = planWarnings({
      profile: defaultProfile,
      fallbacks: [
        { kind: 'left-out-needs-support', exercises: ['stairs'] },
        { kind: 'too-few-exercises', category: 'strength', found: 0, wanted: 6 },
        { kind: 'daily-balance', days: ['tue'] },
      ],
    });
    expect(warnings.map((w) => w.kind)).toEqual(['no-support-at-hand', 'too-few-exercises']);
    expect(warnings[0]?.text).toMatch(/left out one exercise that needs/);
    expect(warnings[1]?.text).toMatch(/no strength sessions/);
  });
});

describe('notes', () => {
  it('offers the other liked activities as swaps when there are more than bone days', () => {
    const list = notes({ level: 'some', week: 7, likes: ['walking', 'hiking', 'jogging'] });
    expect(list).toContain(messages.notes.otherLiked('jogging'));
    expect(list).not.toContain(messages.notes.likedNotSuitable('jogging'));
  });

  it('says why a liked longer activity is replaced: its week, the spine, or the reader’s answers', () => {
    const lateJog = fixtureExercises.map((e) => (e.id === 'jogging' ? { ...e, minWeeksOfTraining: 8 } : e));
    expect(notes({ level: 'some', likes: ['jogging'], week: 2 }, lateJog)).toContain(
      messages.notes.likedReplaced('jogging', { kind: 'not-yet', fromWeek: 9 }, ['Brisk walking']),
    );
    expect(notes({ level: 'some', likes: ['hiking'], spine: true })).toContain(
      messages.notes.likedReplaced('hiking', { kind: 'spine' }, ['Brisk walking']),
    );
    const spine = notes({ likes: ['jogging'], spine: true });
    expect(spine).toContain(messages.notes.likedReplaced('jogging', { kind: 'impact', reason: 'spine' }, ['Brisk walking']));
    expect(spine.join(' ')).not.toContain(messages.notes.likedNotSuitable('jogging'));
  });

  it('says who takes the place of a liked activity, or that a physiotherapist can suggest something', () => {
    expect(messages.notes.likedReplaced('jogging', { kind: 'impact', reason: 'fractures' }, ['Stairs', 'Step ups'])).toBe(
      'Jogging is not part of this plan, because after more than one broken bone from a minor fall or bump, the advice is no more impact than brisk walking. Stairs and Step ups take its place.',
    );
    expect(messages.notes.likedReplaced('jogging', { kind: 'unsuitable' }, [])).toMatch(/A physiotherapist can suggest what to do instead\.$/);
  });

  it('says nothing about a liked activity without any exercise', () => {
    const list = notes({ likes: ['hiking'] }, fixtureExercises.filter((e) => e.id !== 'hiking'));
    expect(list.join(' ')).not.toMatch(/Hiking/);
  });

  it('names the week jumping may start, from the exercises themselves', () => {
    const ready = { level: 'active' as const, equipment: ['step-board' as const], likes: [], week: 3 };
    expect(notes(ready)).toContain(messages.notes.jumpingLater(7));
    const later = [fixture('squats'), { ...fixture('jumps-and-hops'), minWeeksOfTraining: 8 }];
    expect(notes(ready, later)).toContain(messages.notes.jumpingLater(9));
  });

  it('explains why there is no jumping, naming the most important answer', () => {
    expect(notes({ level: 'some', falls: true })).toContain(messages.notes.noJumping('falls'));
    expect(notes({ level: 'some', falls: true, fractures: true })).toContain(messages.notes.noJumping('fractures'));
    expect(notes({ level: 'new' })).toContain(messages.notes.noJumping('new'));
    expect(notes({ level: 'some', week: 3 }).join(' ')).not.toMatch(/no jogging, jumping/);
  });

  it('mentions the mat only when a plan uses a lying exercise', () => {
    expect(notes({ level: 'new' })).toContain(messages.notes.mat);
    expect(notes({}, fixtureExercises.filter((e) => !e.equipment.includes('mat')))).not.toContain(messages.notes.mat);
  });

  it('writes plain text only, in short sentences', () => {
    const all = [
      ...(Object.values(messages.notes).filter((m) => typeof m === 'string') as string[]),
      ...Object.values(messages.notes.effort),
    ];
    for (const text of all) {
      expect(text).not.toMatch(/[<>&]/);
      for (const sentence of text.split(/(?<=[.!?])\s+/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(25);
    }
  });
});
