import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dePlan } from '../../i18n/de-plan';
import { enPlan } from '../../i18n/en-plan';
import { locales, localeInfo, type Locale } from '../../i18n/locales';
import { generatePlan } from './generate';
import { messages, type Message, type MessageValue } from './messages';
import { defaultProfile, parseProfile, profileEquipment, profileParams, type Profile } from './profile';
import { messageRenderer, type PlanStrings } from './render';
import { profileArbitrary } from './testing/arbitraries';
import { loadContentExercises } from './testing/content';
import { fixtureExercises } from './testing/fixtures';
import type { Plan, PlanExercise } from './types';

const dictionaries = { en: enPlan, de: dePlan } as const satisfies Record<Locale, PlanStrings>;
const renderers = Object.fromEntries(locales.map((locale) => [locale, messageRenderer(dictionaries[locale], localeInfo[locale].region)])) as Record<
  Locale,
  (value: MessageValue) => string
>;
const english = renderers.en;
const german = renderers.de;

let content: Record<Locale, PlanExercise[]>;
beforeAll(() => {
  content = Object.fromEntries(locales.map((locale) => [locale, loadContentExercises(locale)])) as Record<Locale, PlanExercise[]>;
});

/** Every message of a plan, with the messages inside it. */
const planMessages = (plan: Plan): (string | Message)[] => [
  ...plan.notes,
  ...plan.warnings.map((w) => w.message),
  ...plan.days.flatMap((d) => d.sessions.flatMap((s) => (s.tip === undefined ? [] : [s.tip]))),
];
const keysIn = (value: MessageValue): string[] => {
  if (typeof value !== 'object') return [];
  if ('key' in value) return [value.key, ...Object.values(value.values ?? {}).flatMap(keysIn)];
  if ('list' in value) return value.list.flatMap(keysIn);
  return [];
};
const hostileValue = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('mon,xyz', 'chair,{count}', '{why}', '1', '13', ''));
const hostileSearch = fc.dictionary(fc.constantFrom(...profileParams), hostileValue).map((entries) => new URLSearchParams(entries));

describe('rendering a message', () => {
  it('fills nested messages, lists and plural forms in each language', () => {
    const note = messages.notes.likedReplaced('jogging', { kind: 'impact', reason: 'falls' }, ['Zügiges Gehen']);
    expect(german(note)).toBe(
      'Joggen gehört nicht zu diesem Plan, denn Sie stürzen vielleicht leichter, und die Empfehlung lautet, zuerst Kraft und Gleichgewicht aufzubauen. Zügiges Gehen tritt an seine Stelle.',
    );
    expect(english(messages.notes.likedReplaced('hiking', { kind: 'spine' }, ['Stairs', 'Step-ups']))).toBe(
      'Hiking is not part of this plan, because it does not suit a spine that osteoporosis has already affected. Stairs and Step-ups take its place.',
    );
    expect(english(messages.warnings.noSupport(1))).toMatch(/left out one exercise that needs something/);
    expect(english(messages.warnings.noSupport(3))).toMatch(/left out 3 exercises that need something/);
    expect(german(messages.warnings.noSupport(3))).toMatch(/3 Übungen weggelassen, die etwas zum Festhalten brauchen/);
    expect(english(messages.warnings.consult(true, true, true))).toMatch(
      /^Because your spine is affected, you have broken more than one bone from a minor fall or bump and you have other health conditions, /,
    );
  });

  it('names weekdays, equipment and activities in the page’s language, keeping the capitals of German nouns', () => {
    expect(english({ days: ['mon', 'wed', 'fri'] })).toBe('Monday, Wednesday and Friday');
    expect(german({ days: ['mon', 'wed', 'fri'] })).toBe('Montag, Mittwoch und Freitag');
    expect(german({ days: ['sun'] })).toBe('Sonntag');
    expect(english({ equipment: ['chair', 'band'] })).toBe('a chair and an exercise band');
    expect(german({ equipment: [] })).toBe(dePlan['plan.name.equipment.none']);
    expect(german(messages.notes.likedInBalance('tai-chi'))).toMatch(/^Tai-Chi /);
    expect(english(messages.notes.activityInstead('Brisk walking'))).toMatch(/suggests “Brisk walking”, because/);
  });

  it('refuses a key the dictionary lacks and a plural without a count, rather than show a key to a reader', () => {
    const lacking = { ...enPlan } as Record<string, string>;
    delete lacking['plan.msg.notes.mat'];
    expect(() => messageRenderer(lacking as PlanStrings, 'en-GB')(messages.notes.mat)).toThrow(/plan\.msg\.notes\.mat/);
    expect(() => english({ key: 'plan.msg.warnings.noSupport' })).toThrow(/count/);
  });

  it('has every plural form the languages need, for every plural key', () => {
    for (const locale of locales) {
      const strings: Record<string, string> = dictionaries[locale];
      const plurals = new Intl.PluralRules(localeInfo[locale].region);
      const bases = Object.keys(strings).flatMap((key) => (key.endsWith('.other') ? [key.slice(0, -'.other'.length)] : []));
      expect(bases.length).toBeGreaterThan(0);
      for (const base of bases)
        for (const count of [0, 1, 2, 5, 21]) expect(strings[`${base}.${plurals.select(count)}`], `${locale} ${base} ${count}`).toBeDefined();
    }
  });
});

describe('every message of a generated plan', () => {
  it('is worded in every language, with no placeholder left and no markup, for any profile', () => {
    const used = new Set<string>();
    const check = (value: MessageValue) => {
      for (const key of keysIn(value)) used.add(key);
      for (const locale of locales) {
        const text = renderers[locale](value);
        expect(text, `${locale}: ${JSON.stringify(value)}`).not.toMatch(/\{\w+\}|[<>]|undefined|NaN/);
        expect(text.trim(), locale).not.toBe('');
      }
    };
    fc.assert(
      fc.property(profileArbitrary, hostileSearch, (profile, search) => {
        for (const exercises of [fixtureExercises, content.en, content.de]) planMessages(generatePlan(profile, exercises)).forEach(check);
        parseProfile(search).problems.forEach(check);
      }),
      { numRuns: 200 },
    );
    // Messages that random answers seldom or never call for: an empty library, more liked activities
    // than bone days, each parameter wrong or too long, and a reason no content gives today.
    const rare: Profile[] = [
      { ...defaultProfile, level: 'some', week: 7, likes: ['walking', 'hiking', 'jogging'] },
      { ...defaultProfile, level: 'active', week: 7, equipment: [...profileEquipment], likes: [] },
    ];
    for (const profile of rare) for (const exercises of [[], fixtureExercises]) planMessages(generatePlan(profile, exercises)).forEach(check);
    for (const name of profileParams) parseProfile(new URLSearchParams(`${name}=${'x,'.repeat(30)}&${name}=%3F`)).problems.forEach(check);
    check(messages.notes.likedReplaced('hiking', { kind: 'unsuitable' }, []));
    check(messages.notes.likedReplaced('jogging', { kind: 'not-yet', fromWeek: 7 }, ['Brisk walking']));
    check(messages.notes.likedLater('jogging'));

    const messageKeys = Object.keys(enPlan)
      .filter((key) => key.startsWith('plan.msg.'))
      .map((key) => key.replace(/\.(one|other)$/, ''));
    expect([...new Set(messageKeys)].filter((key) => !used.has(key))).toEqual([]);
  });
});
