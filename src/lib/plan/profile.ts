/**
 * The reader's answers (the profile) and their shape in the web address, e.g.
 * `days=mon,wed,fri&level=new&falls=1&spine=0&fractures=0&other=0&equipment=chair,stairs&likes=walking&week=1`.
 * A yes/no question left out of the address means "no", so links made before a question existed keep working.
 * The address is user input: anything we cannot use falls back to that field's default and
 * yields a problem (a message, `messages.ts`) that quotes at most a short, sanitised excerpt.
 */
import type { Equipment, LikedActivity } from '../../schemas/vocabulary';
import { programmeWeeks } from '../recommendations';
import { messages, type Message, type MessageValue } from './messages';

/** Weekdays in the order a week is shown, Monday first. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** How much the reader moves today: `new` to exercise, `some` activity, already `active`. */
export const startingLevels = ['new', 'some', 'active'] as const;
export type StartingLevel = (typeof startingLevels)[number];

/**
 * Equipment the form asks about. `mat` is not asked: a towel or carpet does, so the generator
 * treats it as always at hand (see `select.ts`).
 */
export const profileEquipment = ['chair', 'wall', 'stairs', 'step-board', 'rail', 'band'] as const satisfies readonly Equipment[];
export type ProfileEquipment = (typeof profileEquipment)[number];

/** Activities the form offers, in display order; a test keeps this equal to the schema's list. */
export const likedActivities = ['walking', 'hiking', 'jogging', 'tai-chi', 'dancing'] as const satisfies readonly LikedActivity[];

/** The reader's answers. Lists hold each value at most once, in the order of the lists above. */
export interface Profile {
  /** Weekdays free for training. */
  readonly days: readonly Weekday[];
  /** Starting level. */
  readonly level: StartingLevel;
  /** Increased fall risk: has fallen in the last year or feels unsteady. */
  readonly falls: boolean;
  /** Spine already affected (vertebral fracture). */
  readonly spine: boolean;
  /** More than one bone broken as an adult from a minor fall or bump (several low-trauma fractures). */
  readonly fractures: boolean;
  /** Other conditions such as arthritis, rheumatism, heart or nerve disease. */
  readonly other: boolean;
  /** Equipment at hand. */
  readonly equipment: readonly ProfileEquipment[];
  /** Activities the reader likes. */
  readonly likes: readonly LikedActivity[];
  /** Programme week, 1 to `programmeWeeks`. */
  readonly week: number;
}

/** The plan shown without any answers: three spread days, a chair and a wall, walking. */
export const defaultProfile: Profile = Object.freeze({
  days: Object.freeze(['mon', 'wed', 'fri'] as const),
  level: 'new',
  falls: false,
  spine: false,
  fractures: false,
  other: false,
  equipment: Object.freeze(['chair', 'wall'] as const),
  likes: Object.freeze(['walking'] as const),
  week: 1,
});

/** Names of the URL parameters, in the order `profileToSearch` writes them. */
export const profileParams = ['days', 'level', 'falls', 'spine', 'fractures', 'other', 'equipment', 'likes', 'week'] as const;

/** The yes/no questions, each a `0`/`1` URL parameter of the same name. */
export const profileFlags = ['falls', 'spine', 'fractures', 'other'] as const;
export type ProfileFlag = (typeof profileFlags)[number];

/** Longest parameter value read, and most list items read: far above any valid value. */
const maxValueLength = 200;
const maxListItems = 20;
const maxExcerpt = 20;

/** At most a few safe characters of what the reader's address said, for quoting in a problem. */
function excerpt(value: string): string {
  const safe = value.replace(/[^a-z0-9, -]/gi, '').trim();
  if (safe === '') return '…';
  return safe.length > maxExcerpt ? `${safe.slice(0, maxExcerpt)}…` : safe;
}

/** Keeps the values of `allowed` that occur in `values`, once each, in the order of `allowed`. */
function ordered<T extends string>(allowed: readonly T[], values: Iterable<string>): T[] {
  const present = new Set(values);
  return allowed.filter((value) => present.has(value));
}

const isOneOf = <T extends string>(allowed: readonly T[], value: string): value is T =>
  (allowed as readonly string[]).includes(value);

/** Puts any profile into canonical form: known values only, no duplicates, fixed order, week in range. */
export function normaliseProfile(profile: Profile): Profile {
  const week = Number.isFinite(profile.week)
    ? Math.min(programmeWeeks, Math.max(1, Math.round(profile.week)))
    : defaultProfile.week;
  return {
    days: ordered(weekdays, profile.days),
    level: isOneOf(startingLevels, profile.level) ? profile.level : defaultProfile.level,
    falls: profile.falls === true,
    spine: profile.spine === true,
    fractures: profile.fractures === true,
    other: profile.other === true,
    equipment: ordered(profileEquipment, profile.equipment),
    likes: ordered(likedActivities, profile.likes),
    week,
  };
}

/** Reads a profile from the page address. Never throws; every value it cannot use becomes a problem. */
export function parseProfile(params: URLSearchParams): { profile: Profile; problems: Message[] } {
  const problems: Message[] = [];

  /** The first value of a parameter, cut to a safe length (a cut list loses its last items). */
  const read = (name: (typeof profileParams)[number]): { raw: string; cut: boolean } | undefined => {
    const all = params.getAll(name);
    if (all.length > 1) problems.push(messages.problems.repeated(name));
    const value = all[0];
    if (value === undefined) return undefined;
    return { raw: value.slice(0, maxValueLength).trim().toLowerCase(), cut: value.length > maxValueLength };
  };

  /**
   * An empty list means "none" (no equipment, no liked activity). A list with nothing we know falls
   * back to the default; a list with some unknown values keeps the known ones.
   */
  const list = <T extends string>(
    name: 'days' | 'equipment' | 'likes',
    allowed: readonly T[],
    fallback: readonly T[],
    describe: (values: readonly T[]) => MessageValue,
  ): readonly T[] => {
    const value = read(name);
    if (value === undefined) return fallback;
    let items = value.raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
    if (value.cut || items.length > maxListItems) {
      problems.push(messages.problems.tooLong(name));
      items = items.slice(0, maxListItems);
    }
    const known = ordered(allowed, items);
    const unknown = items.filter((item) => !isOneOf(allowed, item));
    if (items.length > 0 && known.length === 0) {
      problems.push(messages.problems.useDefault(name, excerpt(unknown.join(',')), describe(fallback)));
      return fallback;
    }
    if (unknown.length > 0) problems.push(messages.problems.ignored(name, excerpt(unknown.join(','))));
    return known;
  };

  const one = <T>(name: (typeof profileParams)[number], parse: (raw: string) => T | undefined, fallback: T, describe: (value: T) => MessageValue): T => {
    const raw = read(name)?.raw;
    if (raw === undefined) return fallback;
    const value = parse(raw);
    if (value !== undefined) return value;
    problems.push(messages.problems.useDefault(name, excerpt(raw), describe(fallback)));
    return fallback;
  };

  const flag = (name: ProfileFlag) =>
    one(name, (raw) => (raw === '1' ? true : raw === '0' ? false : undefined), defaultProfile[name], messages.defaults.flag);

  let days = list('days', weekdays, defaultProfile.days, messages.defaults.days);
  // An empty day list cannot make a plan; the reader most likely cleared every box.
  if (days.length === 0) {
    problems.push(messages.problems.noDays(defaultProfile.days));
    days = defaultProfile.days;
  }

  const profile: Profile = {
    days,
    level: one('level', (raw) => (isOneOf(startingLevels, raw) ? raw : undefined), defaultProfile.level, messages.defaults.level),
    falls: flag('falls'),
    spine: flag('spine'),
    fractures: flag('fractures'),
    other: flag('other'),
    equipment: list('equipment', profileEquipment, defaultProfile.equipment, messages.defaults.equipment),
    likes: list('likes', likedActivities, defaultProfile.likes, messages.defaults.likes),
    week: one(
      'week',
      (raw) => {
        const week = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
        return week >= 1 && week <= programmeWeeks ? week : undefined;
      },
      defaultProfile.week,
      messages.defaults.week,
    ),
  };
  return { profile: normaliseProfile(profile), problems };
}

/** The query string (without `?`) for a profile, in the fixed parameter order; lists comma-separated, flags 0/1. */
export function profileToSearch(profile: Profile): string {
  const p = normaliseProfile(profile);
  const values: Record<(typeof profileParams)[number], string> = {
    days: p.days.join(','),
    level: p.level,
    falls: p.falls ? '1' : '0',
    spine: p.spine ? '1' : '0',
    fractures: p.fractures ? '1' : '0',
    other: p.other ? '1' : '0',
    equipment: p.equipment.join(','),
    likes: p.likes.join(','),
    week: String(p.week),
  };
  // Every value is a known token (letters, digits, hyphens, commas), so nothing needs escaping.
  return profileParams.map((name) => `${name}=${values[name]}`).join('&');
}
