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
    const list = notes({ likes: ['walking', 'hiking', 'jogging'] });
    expect(list).toContain(messages.notes.otherLiked('jogging'));
    expect(list).not.toContain(messages.notes.likedNotSuitable('jogging'));
  });

  it('says a liked activity comes later when it is held back by weeks, and is unsuitable when it is ruled out', () => {
    const lateJog = fixtureExercises.map((e) => (e.id === 'jogging' ? { ...e, minWeeksOfTraining: 4 } : e));
    expect(notes({ likes: ['jogging'], week: 2 }, lateJog)).toContain(messages.notes.likedLater('jogging'));
    expect(notes({ likes: ['jogging'], spine: true })).toContain(messages.notes.likedNotSuitable('jogging'));
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

  it('explains why there is no jumping: health answers, or a new start', () => {
    expect(notes({ falls: true })).toContain(messages.notes.noJumpingHealth);
    expect(notes({ level: 'new' })).toContain(messages.notes.noJumpingNew);
    expect(notes({ level: 'some', week: 3 })).not.toContain(messages.notes.noJumpingNew);
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
