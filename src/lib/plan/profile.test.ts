import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equipmentSchema, likedActivitySchema } from '../../schemas/vocabulary';
import { dePlan } from '../../i18n/de-plan';
import { enPlan } from '../../i18n/en-plan';
import { defaultProfile, likedActivities, normaliseProfile, parseProfile, profileEquipment, profileToSearch, type Profile } from './profile';
import { messages } from './messages';
import { messageRenderer } from './render';
import { profileArbitrary, runs } from './testing/arbitraries';

const contract = 'days=mon,wed,fri&level=new&falls=1&spine=0&fractures=1&other=0&equipment=chair,stairs&likes=walking&week=1';
/** An address from before the fractures question: bookmarks and printouts of it must keep working. */
const olderContract = 'days=mon,wed,fri&level=new&falls=1&spine=0&other=0&equipment=chair,stairs&likes=walking&week=1';
const parse = (search: string) => parseProfile(new URLSearchParams(search));
const english = messageRenderer(enPlan, 'en-GB');
const german = messageRenderer(dePlan, 'de-DE');
/** The problems as English readers see them. */
const problemsOf = (search: string) => parse(search).problems.map(english);

describe('the URL contract', () => {
  it('reads the example address exactly', () => {
    expect(parse(contract)).toEqual({
      profile: {
        days: ['mon', 'wed', 'fri'],
        level: 'new',
        falls: true,
        spine: false,
        fractures: true,
        other: false,
        equipment: ['chair', 'stairs'],
        likes: ['walking'],
        week: 1,
      },
      problems: [],
    });
  });

  it('writes the example address exactly, commas unescaped', () => {
    expect(profileToSearch(parse(contract).profile)).toBe(contract);
  });

  it('reads an address without the fractures question as "no", without a problem', () => {
    expect(parse(olderContract)).toEqual({ profile: { ...parse(contract).profile, fractures: false }, problems: [] });
    expect(profileToSearch(parse(olderContract).profile)).toBe(contract.replace('fractures=1', 'fractures=0'));
  });

  it('falls back to "no" for a malformed fractures value and says so', () => {
    const { profile, problems } = parse('fractures=yes');
    expect(profile.fractures).toBe(false);
    expect(problems).toEqual([messages.problems.useDefault('fractures', 'yes', messages.defaults.flag(false))]);
    expect(problems.map(english)).toEqual([
      'The value for “fractures” in the web address was not recognised (“yes”), so the plan uses the usual choice: no.',
    ]);
  });

  it('gives the default profile, without problems, for an address without parameters', () => {
    expect(parse('')).toEqual({ profile: defaultProfile, problems: [] });
  });

  it('ignores parameters it does not know', () => {
    expect(parse('utm_source=mail&x=1')).toEqual({ profile: defaultProfile, problems: [] });
  });

  it('offers every liked activity of the schema, and every equipment but the mat', () => {
    expect([...likedActivities]).toEqual(likedActivitySchema.options);
    expect([...profileEquipment]).toEqual(equipmentSchema.options.filter((e) => e !== 'mat'));
  });
});

describe('lists', () => {
  it('removes duplicates and puts values in the usual order, ignoring case and spaces', () => {
    const { profile, problems } = parse('days=FRI, mon,mon,wed&equipment=stairs,chair,stairs&likes=tai-chi,walking');
    expect(profile.days).toEqual(['mon', 'wed', 'fri']);
    expect(profile.equipment).toEqual(['chair', 'stairs']);
    expect(profile.likes).toEqual(['walking', 'tai-chi']);
    expect(problems).toEqual([]);
  });

  it('keeps the known values of a list and names the parameter for the unknown ones', () => {
    const { profile } = parse('equipment=chair,trampoline');
    const problems = problemsOf('equipment=chair,trampoline');
    expect(profile.equipment).toEqual(['chair']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('“equipment”');
    expect(problems[0]).toContain('trampoline');
  });

  it('falls back to the default when nothing in a list is known', () => {
    const { profile, problems } = parse('likes=golf');
    expect(profile.likes).toEqual(defaultProfile.likes);
    expect(english(problems[0]!)).toMatch(/“likes”.*golf.*usual choice: Walking\.$/);
    expect(german(problems[0]!)).toMatch(/„likes“.*golf/);
  });

  it('reads an empty equipment or likes list as "none", without a problem', () => {
    expect(parse('equipment=&likes=')).toEqual({ profile: { ...defaultProfile, equipment: [], likes: [] }, problems: [] });
  });

  it('uses the default days, and says so, when the day list is empty or unknown', () => {
    for (const search of ['days=', 'days=,,', 'days=someday']) {
      const { profile, problems } = parse(search);
      expect(profile.days).toEqual(defaultProfile.days);
      expect(problems.map(english).join(' ')).toMatch(/Monday, Wednesday and Friday/);
      expect(problems.map(german).join(' ')).toMatch(/Montag, Mittwoch und Freitag/);
    }
  });

  it('caps huge lists and says so', () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 'mon' : `x${i}`)).join(',');
    const search = `days=${huge}&equipment=${'chair,'.repeat(5000)}`;
    const { profile } = parse(search);
    const problems = problemsOf(search);
    expect(profile.days).toEqual(['mon']);
    expect(profile.equipment).toEqual(['chair']);
    expect(problems.some((p) => p.includes('“days”') && p.includes('too long'))).toBe(true);
    expect(problems.some((p) => p.includes('“equipment”') && p.includes('too long'))).toBe(true);
    expect(problems.every((p) => p.length < 300)).toBe(true);
  });
});

describe('single values', () => {
  it.each([
    ['level', 'expert', 'level', defaultProfile.level],
    ['falls', 'yes', 'falls', defaultProfile.falls],
    ['spine', '2', 'spine', defaultProfile.spine],
    ['other', '', 'other', defaultProfile.other],
    ['week', '0', 'week', defaultProfile.week],
    ['week', '13', 'week', defaultProfile.week],
    ['week', '3.5', 'week', defaultProfile.week],
    ['week', '-1', 'week', defaultProfile.week],
    ['week', '007', 'week', defaultProfile.week],
  ] as const)('%s=%s falls back to the default and names the parameter', (param, value, field, fallback) => {
    const { profile } = parse(`${param}=${encodeURIComponent(value)}`);
    const problems = problemsOf(`${param}=${encodeURIComponent(value)}`);
    expect(profile[field]).toEqual(fallback);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`“${param}”`);
  });

  it('reads flags 0 and 1, every level and every week', () => {
    expect(parse('falls=1&spine=1&other=1').profile).toMatchObject({ falls: true, spine: true, other: true });
    expect(parse('falls=0').profile.falls).toBe(false);
    for (const level of ['new', 'some', 'active']) expect(parse(`level=${level}`).profile.level).toBe(level);
    for (let week = 1; week <= 12; week++) expect(parse(`week=${week}`)).toEqual({ profile: { ...defaultProfile, week }, problems: [] });
  });

  it('uses the first of a repeated parameter and says so', () => {
    expect(parse('level=active&level=new').profile.level).toBe('active');
    expect(problemsOf('level=active&level=new')).toEqual([expect.stringContaining('“level”')]);
  });
});

describe('hostile addresses', () => {
  it('quotes only a short, sanitised excerpt of a script payload', () => {
    const payload = `<script>alert(document.cookie)</script>${'A'.repeat(500)}`;
    const { profile, problems } = parse(`level=${encodeURIComponent(payload)}&days=${encodeURIComponent(payload)}`);
    expect(profile.level).toBe(defaultProfile.level);
    expect(profile.days).toEqual(defaultProfile.days);
    for (const problem of [...problems.map(english), ...problems.map(german)]) {
      expect(problem).not.toMatch(/[<>]|alert\(|cookie\)/);
      expect(problem).not.toContain('A'.repeat(21));
    }
  });

  it('never throws, and always returns a canonical profile and plain, short problems', () => {
    const value = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 50 }), fc.constantFrom('mon,tue', '1', '0', '12'));
    const params = fc.dictionary(fc.constantFrom('days', 'level', 'falls', 'spine', 'other', 'equipment', 'likes', 'week', 'x'), value);
    fc.assert(
      fc.property(params, (entries) => {
        const { profile, problems } = parseProfile(new URLSearchParams(entries));
        expect(normaliseProfile(profile)).toEqual(profile);
        expect(profile.days.length).toBeGreaterThan(0);
        // One assertion per address: thousands of them per problem would make the test slow, not stricter.
        const worded = [...problems.map(english), ...problems.map(german)];
        expect(worded.filter((problem) => /[<>]/.test(problem) || problem.length >= 300)).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
});

describe('round trip', () => {
  it('reads back every profile it writes, unchanged and without problems', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile: Profile) => {
        fc.pre(profile.days.length > 0);
        expect(parse(profileToSearch(profile))).toEqual({ profile, problems: [] });
      }),
      { numRuns: runs },
    );
  });

  it('normalises hand-made profiles before writing them', () => {
    const messy = { ...defaultProfile, days: ['fri', 'mon', 'fri'], equipment: ['wall', 'chair'], week: 40 } as unknown as Profile;
    expect(profileToSearch(messy)).toBe('days=mon,fri&level=new&falls=0&spine=0&fractures=0&other=0&equipment=chair,wall&likes=walking&week=12');
  });
});
