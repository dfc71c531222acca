import { describe, expect, it } from 'vitest';
import { dePlan } from '../../i18n/de-plan';
import { enPlan } from '../../i18n/en-plan';
import { generatePlan } from './generate';
import { messages } from './messages';
import { planWarnings } from './notes';
import { defaultProfile, type Profile } from './profile';
import { messageRenderer } from './render';
import { fixture, fixtureExercises } from './testing/fixtures';

const profile = (changes: Partial<Profile> = {}): Profile => ({ ...defaultProfile, ...changes });
const notes = (changes: Partial<Profile>, exercises = fixtureExercises) => generatePlan(profile(changes), exercises).notes;
const english = messageRenderer(enPlan, 'en-GB');

describe('warnings', () => {
  it('asks to agree the plan with a doctor or physiotherapist first, naming each reason, before any other warning', () => {
    const [first] = planWarnings({
      profile: profile({ spine: true, other: true }),
      fallbacks: [{ kind: 'too-few-exercises', category: 'bone', found: 1, wanted: 2 }],
    });
    expect(first).toEqual({ kind: 'consult-professional', message: messages.warnings.consult(true, false, true) });
    expect(english(first!.message)).toBe(
      'Because your spine is affected and you have other health conditions, please agree this plan with your doctor or physiotherapist before you start. They can tell you which exercises are right for you.',
    );
  });

  it('asks the same of a reader who has broken more than one bone from a minor fall or bump', () => {
    const warnings = planWarnings({ profile: profile({ fractures: true }), fallbacks: [] });
    expect(warnings.map((w) => w.kind)).toEqual(['consult-professional']);
    expect(english(warnings[0]!.message)).toBe(
      'Because you have broken more than one bone from a minor fall or bump, please agree this plan with your doctor or physiotherapist before you start. They can tell you which exercises are right for you.',
    );
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
    expect(english(warnings[0]!.message)).toMatch(/left out one exercise that needs/);
    expect(english(warnings[1]!.message)).toMatch(/no strength sessions/);
  });
});

describe('notes', () => {
  it('offers the other liked activities as swaps when there are more than bone days', () => {
    const list = notes({ level: 'some', week: 7, likes: ['walking', 'hiking', 'jogging'] });
    expect(list).toContainEqual(messages.notes.otherLiked('jogging'));
    expect(list).not.toContainEqual(messages.notes.likedNotSuitable('jogging'));
  });

  it('says why a liked longer activity is replaced: its week, the spine, or the reader’s answers', () => {
    const lateJog = fixtureExercises.map((e) => (e.id === 'jogging' ? { ...e, minWeeksOfTraining: 8 } : e));
    expect(notes({ level: 'some', likes: ['jogging'], week: 2 }, lateJog)).toContainEqual(
      messages.notes.likedReplaced('jogging', { kind: 'not-yet', fromWeek: 9 }, ['Brisk walking']),
    );
    expect(notes({ level: 'some', likes: ['hiking'], spine: true })).toContainEqual(
      messages.notes.likedReplaced('hiking', { kind: 'spine' }, ['Brisk walking']),
    );
    const spine = notes({ likes: ['jogging'], spine: true });
    expect(spine).toContainEqual(messages.notes.likedReplaced('jogging', { kind: 'impact', reason: 'spine' }, ['Brisk walking']));
    expect(spine).not.toContainEqual(messages.notes.likedNotSuitable('jogging'));
  });

  it('says who takes the place of a liked activity, or that a physiotherapist can suggest something', () => {
    expect(english(messages.notes.likedReplaced('jogging', { kind: 'impact', reason: 'fractures' }, ['Stairs', 'Step ups']))).toBe(
      'Jogging is not part of this plan, because after more than one broken bone from a minor fall or bump, the advice is no more impact than brisk walking. Stairs and Step ups take its place.',
    );
    expect(english(messages.notes.likedReplaced('jogging', { kind: 'not-yet', fromWeek: 7 }, ['Brisk walking']))).toBe(
      'Jogging is not part of this plan yet, because it needs some weeks of muscle building first: it can start in week 7. Brisk walking takes its place.',
    );
    expect(english(messages.notes.likedReplaced('jogging', { kind: 'unsuitable' }, []))).toMatch(/A physiotherapist can suggest what to do instead\.$/);
  });

  it('says nothing about a liked activity without any exercise', () => {
    const list = notes({ likes: ['hiking'] }, fixtureExercises.filter((e) => e.id !== 'hiking'));
    expect(list.map(english).join(' ')).not.toMatch(/Hiking/);
    expect(list.flatMap((note) => Object.values(note.values ?? {}))).not.toContainEqual({ activity: 'hiking' });
  });

  it('names the week jumping may start, from the exercises themselves', () => {
    const ready = { level: 'active' as const, equipment: ['step-board' as const], likes: [], week: 3 };
    expect(notes(ready)).toContainEqual(messages.notes.jumpingLater(7));
    const later = [fixture('squats'), { ...fixture('jumps-and-hops'), minWeeksOfTraining: 8 }];
    expect(notes(ready, later)).toContainEqual(messages.notes.jumpingLater(9));
  });

  it('explains why there is no jumping, naming the most important answer', () => {
    expect(notes({ level: 'some', falls: true })).toContainEqual(messages.notes.noJumping('falls'));
    expect(notes({ level: 'some', falls: true, fractures: true })).toContainEqual(messages.notes.noJumping('fractures'));
    expect(notes({ level: 'new' })).toContainEqual(messages.notes.noJumping('new'));
    expect(notes({ level: 'some', week: 3 }).map((note) => note.key)).not.toContain('plan.msg.notes.noJumping');
  });

  it('mentions the mat only when a plan uses a lying exercise', () => {
    expect(notes({ level: 'new' })).toContainEqual(messages.notes.mat);
    expect(notes({}, fixtureExercises.filter((e) => !e.equipment.includes('mat')))).not.toContainEqual(messages.notes.mat);
  });

  it('words every message in plain text only, in short sentences, in every language', () => {
    for (const strings of [enPlan, dePlan]) {
      const words = Object.entries(strings).filter(([key]) => key.startsWith('plan.msg.'));
      expect(words.length).toBeGreaterThan(40);
      for (const [key, text] of words) {
        expect(text, key).not.toMatch(/[<>&]/);
        for (const sentence of text.split(/(?<=[.!?])\s+/)) expect(sentence.split(/\s+/).length, key).toBeLessThanOrEqual(25);
      }
    }
  });
});
