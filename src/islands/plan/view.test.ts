import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileArbitrary } from '../../lib/plan/testing/arbitraries';
import { de } from '../../i18n/de';
import { dePlan } from '../../i18n/de-plan';
import { en } from '../../i18n/en';
import { enPlan } from '../../i18n/en-plan';
import { defaultProfile, generatePlan, type PlanExercise, type PlanItem, type Profile } from '../../lib/plan';
import { loadContentExercises } from '../../lib/plan/testing/content';
import { planDictionaries, planWords } from './strings';
import { answerList, doseWords, exercisesInPlan, planSummary, planView, shortDose, type ViewChild, type ViewElement } from './view';

const text = planWords('en', enPlan);
const german = planWords('de', dePlan);
let exercises: PlanExercise[] = [];
let germanExercises: PlanExercise[] = [];
beforeAll(() => {
  exercises = loadContentExercises('en');
  germanExercises = loadContentExercises('de');
});

const all = (node: ViewElement, test: (e: ViewElement) => boolean): ViewElement[] => [
  ...(test(node) ? [node] : []),
  ...node.children.flatMap((child) => (typeof child === 'string' ? [] : all(child, test))),
];
const textOf = (node: ViewChild): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
const withAttr = (name: string) => (e: ViewElement) => name in e.attrs;
const item = (fields: Partial<PlanItem>): PlanItem => ({ id: 'x', title: 'X', holdOn: false, ...fields });

const profiles: Profile[] = [
  defaultProfile,
  { ...defaultProfile, days: ['mon'], falls: true, spine: true, equipment: [], likes: [] },
  {
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    level: 'active',
    falls: false,
    spine: false,
    fractures: false,
    other: false,
    equipment: ['chair', 'wall', 'stairs', 'step-board', 'rail', 'band'],
    likes: ['walking', 'hiking', 'jogging', 'tai-chi', 'dancing'],
    week: 12,
  },
];

describe('plan strings', () => {
  it('are the plan. keys of each dictionary, word for word', () => {
    for (const [ui, plan] of [[en, enPlan], [de, dePlan]] as const) {
      const planKeys = Object.keys(ui).filter((key) => key.startsWith('plan.'));
      expect(Object.keys(plan).sort()).toEqual(planKeys.sort());
      for (const key of planKeys) expect(ui[key as keyof typeof ui]).toBe(plan[key as keyof typeof plan]);
      expect(planKeys.length).toBeGreaterThan(20);
    }
  });

  it('load one dictionary per language', async () => {
    expect(await planDictionaries.en()).toBe(enPlan);
    expect(await planDictionaries.de()).toBe(dePlan);
  });

  it('fill placeholders and leave unknown ones as they are', () => {
    const words = planWords('en', { ...enPlan, 'plan.heading': 'Week {week} of {weeks}' });
    expect(words.text('plan.heading', { week: 3, weeks: 12 })).toBe('Week 3 of 12');
    expect(words.text('plan.heading', { week: 3 })).toBe('Week 3 of {weeks}');
  });
});

describe('doses in words', () => {
  it('write sets and repetitions, per side and held, short and long', () => {
    const held = item({ sets: 2, reps: 8, holdSeconds: 3, perSide: true });
    expect(shortDose(held, text)).toBe('2\u00a0×\u00a08 each side, hold 3\u00a0s');
    expect(doseWords(held, text)).toBe('2 sets of 8 repetitions on each side, hold each one for 3 seconds');
  });

  it('write balance rounds, a single round and everyday seconds', () => {
    expect(shortDose(item({ sets: 3, seconds: 30 }), text)).toBe('3\u00a0×\u00a030\u00a0s');
    expect(doseWords(item({ sets: 3, seconds: 30 }), text)).toBe('3 rounds of 30 seconds');
    expect(doseWords(item({ sets: 1, seconds: 45 }), text)).toBe('1 round of 45 seconds');
    expect(doseWords(item({ seconds: 30, perSide: true }), text)).toBe('30 seconds on each side');
  });

  it('write minutes, and refuse an item without a dose rather than show it without one', () => {
    expect(shortDose(item({ minutes: 20 }), text)).toBe('20\u00a0min');
    expect(doseWords(item({ minutes: 20 }), text)).toBe('20 minutes');
    expect(() => shortDose(item({}), text)).toThrow(/has no dose/);
    expect(() => doseWords(item({}), text)).toThrow(/has no dose/);
  });
});

describe('the plan view', () => {
  it('carries every day, session and dose of the plan in its data attributes', () => {
    for (const profile of profiles) {
      const plan = generatePlan(profile, exercises);
      const view = planView(plan, profile, text);
      const rows = all(view, withAttr('data-plan-day'));
      expect(rows.map((row) => row.attrs['data-plan-day'])).toEqual(plan.days.map((d) => d.day));
      rows.forEach((row, i) => {
        const day = plan.days[i]!;
        const sessions = all(row, withAttr('data-session'));
        expect(sessions.map((s) => s.attrs['data-session'])).toEqual(day.sessions.map((s) => s.kind));
        sessions.forEach((session, j) => {
          const items = all(session, withAttr('data-exercise')).map(({ attrs }) => ({
            id: attrs['data-exercise'],
            sets: attrs['data-sets'],
            reps: attrs['data-reps'],
            seconds: attrs['data-seconds'],
            minutes: attrs['data-minutes'],
            holdOn: attrs['data-hold-on'] === '1',
          }));
          const str = (n: number | undefined) => (n === undefined ? undefined : String(n));
          expect(items).toEqual(
            day.sessions[j]!.exercises.map((e) => ({
              id: e.id,
              sets: str(e.sets),
              reps: str(e.reps),
              seconds: str(e.seconds),
              minutes: str(e.minutes),
              holdOn: e.holdOn,
            })),
          );
        });
      });
    }
  });

  it('gives every exercise line and card a dose attribute, for any profile', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const entries = all(planView(generatePlan(profile, exercises), profile, text), withAttr('data-exercise'));
        expect(entries.length).toBeGreaterThan(0);
        for (const { attrs } of entries) {
          const dose = attrs['data-minutes'] ?? attrs['data-seconds'] ?? (attrs['data-reps'] && attrs['data-sets']);
          expect(dose, attrs['data-exercise']).toMatch(/^[1-9]\d*$/);
        }
        const cards = all(planView(generatePlan(profile, exercises), profile, text), withAttr('data-plan-card'));
        expect(cards.every((card) => card.attrs['data-exercise'] === card.attrs['data-plan-card'])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('shows warnings first, then the table, then every note in order', () => {
    const profile: Profile = { ...defaultProfile, spine: true, other: true };
    const plan = generatePlan(profile, exercises);
    const view = planView(plan, profile, text);
    const warnings = all(view, withAttr('data-plan-warning'));
    expect(warnings.map((w) => w.attrs['data-plan-warning'])).toEqual(plan.warnings.map((w) => w.kind));
    expect(warnings.map(textOf).join()).toContain('doctor or physiotherapist');
    const notes = all(view, (e) => e.attrs.class?.includes('plan-notes') ?? false)[0]!;
    expect(all(notes, (e) => e.tag === 'li').map(textOf)).toEqual(plan.notes.map(text.say));
  });

  it('lists a session that repeats through the week once, naming its days, with a card per exercise linking to its page', () => {
    const plan = generatePlan(defaultProfile, exercises);
    const view = planView(plan, defaultProfile, text);
    const strengthDays = plan.days.filter((d) => d.sessions.some((s) => s.kind === 'strength'));
    expect(strengthDays.length).toBeGreaterThanOrEqual(2);
    const groups = all(view, (e) => e.attrs['data-plan-group'] === 'strength');
    expect(groups).toHaveLength(1);
    for (const { day } of strengthDays) expect(textOf(groups[0]!)).toContain(text.say({ days: [day] }));
    const strength = strengthDays[0]!.sessions.find((s) => s.kind === 'strength')!;
    const cards = all(groups[0]!, withAttr('data-plan-card'));
    expect(cards.map((c) => c.attrs['data-plan-card'])).toEqual(strength.exercises.map((e) => e.id));
    const links = all(cards[0]!, (e) => e.tag === 'a');
    expect(links.map((a) => a.attrs.href)).toEqual([`/exercises/${strength.exercises[0]!.id}/`]);
  });

  it('names the answers it was made for', () => {
    const lines = answerList({ ...defaultProfile, days: [], falls: true, equipment: [], likes: ['tai-chi'] }, text);
    expect(lines).toEqual([
      'Training days: none chosen',
      'Starting level: new to exercise',
      'At hand: no equipment',
      'Enjoys: Tai chi',
      'Has fallen or feels unsteady',
      'No broken bone in the spine',
      'Not several bones broken from minor falls',
      'No other conditions',
    ]);
  });
});

describe('plan facts for the island', () => {
  it('list each exercise of the week once, in the order it first appears', () => {
    const plan = generatePlan(profiles[2]!, exercises);
    const ids = exercisesInPlan(plan);
    const every = plan.days.flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => e.id)));
    expect(new Set(ids)).toEqual(new Set(every));
    expect(ids).toHaveLength(new Set(every).size);
    expect(ids[0]).toBe(every[0]);
  });

  it('summarise the week in one sentence for screen readers, mentioning warnings only when there are some', () => {
    const plain = generatePlan(defaultProfile, exercises);
    expect(planSummary(plain, text)).toBe('Plan updated for week 1: strength on 2 days, balance on 7 days, bone training on 2 days.');
    const warned = generatePlan({ ...defaultProfile, spine: true, week: 4 }, exercises);
    expect(planSummary(warned, text)).toMatch(/^Plan updated for week 4: .* Please read the important notes/);
  });
});

describe('the plan in German', () => {
  const germanProfile: Profile = { ...defaultProfile, days: ['mon', 'wed', 'fri'], level: 'new', falls: true, likes: ['jogging'] };

  it('names days, doses, answers and notes in German, with the German exercise titles', () => {
    const plan = generatePlan(germanProfile, germanExercises);
    const view = planView(plan, germanProfile, german);
    const rows = all(view, withAttr('data-plan-day'));
    expect(rows.map((row) => textOf(all(row, (e) => e.tag === 'th')[0]!))).toEqual([
      'Montag',
      'Dienstag',
      'Mittwoch',
      'Donnerstag',
      'Freitag',
      'Samstag',
      'Sonntag',
    ]);
    const titles = new Set(germanExercises.map((e) => e.title));
    const cardTitles = all(view, withAttr('data-plan-card')).map((card) => textOf(all(card, (e) => e.tag === 'a')[0]!));
    expect(cardTitles.length).toBeGreaterThan(0);
    for (const title of cardTitles) expect(titles).toContain(title);
    expect(all(view, (e) => e.tag === 'h3').map(textOf)).toContain('Krafttraining am Montag und Freitag');
    expect(textOf(view)).toContain('Trainingstage: Montag, Mittwoch und Freitag');
    expect(textOf(view)).toMatch(/\d+ Sätze mit je \d+ Wiederholungen/);
    const notes = plan.notes.map(german.say);
    expect(notes[0]).toMatch(/^Dies ist ein Beispielplan/);
    expect(notes.find((note) => note.startsWith('Joggen gehört nicht zu diesem Plan'))).toMatch(/denn Sie stürzen vielleicht leichter/);
  });

  it('links every exercise to its German page', () => {
    const view = planView(generatePlan(germanProfile, germanExercises), germanProfile, german);
    const links = all(view, (e) => e.tag === 'a').map((a) => a.attrs.href);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/de\/exercises\/[a-z0-9-]+\/$/);
  });

  it('words the same plan facts in both languages: the same days, sessions and doses', () => {
    for (const profile of profiles) {
      const english = all(planView(generatePlan(profile, exercises), profile, text), withAttr('data-exercise')).map((e) => e.attrs);
      const inGerman = all(planView(generatePlan(profile, germanExercises), profile, german), withAttr('data-exercise')).map((e) => e.attrs);
      expect(inGerman).toEqual(english);
    }
  });
});
