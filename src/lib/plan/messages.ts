/**
 * What the plan generator tells readers, as language-neutral messages: a key of the plan
 * dictionary (`src/i18n/en-plan.ts` and its translations) and the values it needs. The words
 * live in the dictionaries; `render.ts` turns a message into text in the page's language.
 * Figures are passed in from `src/lib/recommendations.ts`, never written here.
 */
import type { enPlan } from '../../i18n/en-plan';
import type { Category, LikedActivity } from '../../schemas/vocabulary';
import type { Effort } from './progression';
import type { ProfileEquipment, StartingLevel, Weekday } from './profile';
import type { ImpactReason, NotAllowed } from './types';

export type PlanKey = keyof typeof enPlan;

/** A key whose words depend on `{count}`: the dictionary holds `<key>.one`, `<key>.other` (and any form its language needs). */
export type PluralKey = PlanKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

export type MessageKey = PlanKey | PluralKey;

/**
 * A value a message is filled with, named by what it is rather than by how a language says it;
 * the renderer words it in the page's language.
 */
export type MessageValue =
  /** Shown as it is: an exercise title (already in the page's language), a URL parameter's name, an excerpt of the address. */
  | string
  /** A count or a programme week. */
  | number
  | { days: readonly Weekday[] }
  | { level: StartingLevel }
  | { activity: LikedActivity }
  /** Liked activities; none reads "none". */
  | { activities: readonly LikedActivity[] }
  | { category: Category }
  /** Equipment at hand; none reads "no equipment". */
  | { equipment: readonly ProfileEquipment[] }
  /** Items joined as a list: "A, B and C". */
  | { list: readonly (string | Message)[] }
  /** A message inside a message, e.g. the reason after "because". */
  | Message;

export interface Message {
  key: MessageKey;
  values?: Readonly<Record<string, MessageValue>>;
}

const message = (key: MessageKey, values?: Record<string, MessageValue>): Message => (values ? { key, values } : { key });

/** Keyed by reason; `other` health conditions are "conditions", since a key ending `.other` is a plural form. */
const impactWhyKeys = {
  spine: 'plan.msg.why.impact.spine',
  fractures: 'plan.msg.why.impact.fractures',
  falls: 'plan.msg.why.impact.falls',
  other: 'plan.msg.why.impact.conditions',
  new: 'plan.msg.why.impact.new',
} as const satisfies Record<ImpactReason, PlanKey>;

const impactWhy = (reason: ImpactReason): Message => message(impactWhyKeys[reason]);

const notAllowedWhy = (why: NotAllowed): Message => {
  switch (why.kind) {
    case 'impact':
      return impactWhy(why.reason);
    case 'not-yet':
      return message('plan.msg.why.notYet', { week: why.fromWeek });
    case 'spine':
      return message('plan.msg.why.spine');
    case 'unsuitable':
      return message('plan.msg.why.unsuitable');
  }
};

export const messages = {
  /** Shown beside the form when the web address had values the generator could not use. */
  problems: {
    ignored: (param: string, excerpt: string) => message('plan.msg.problems.ignored', { param, excerpt }),
    useDefault: (param: string, excerpt: string, fallback: MessageValue) => message('plan.msg.problems.useDefault', { param, excerpt, fallback }),
    tooLong: (param: string) => message('plan.msg.problems.tooLong', { param }),
    repeated: (param: string) => message('plan.msg.problems.repeated', { param }),
    noDays: (fallback: readonly Weekday[]) => message('plan.msg.problems.noDays', { days: { days: fallback } }),
  },

  /** How a default value is named in a problem ("the usual choice: …"). */
  defaults: {
    days: (days: readonly Weekday[]): MessageValue => ({ days }),
    level: (level: StartingLevel): MessageValue => ({ level }),
    flag: (on: boolean): MessageValue => message(on ? 'plan.name.yes' : 'plan.name.no'),
    equipment: (equipment: readonly ProfileEquipment[]): MessageValue => ({ equipment }),
    likes: (activities: readonly LikedActivity[]): MessageValue => ({ activities }),
    week: (week: number): MessageValue => message('plan.name.week', { week }),
  },

  notes: {
    example: message('plan.msg.notes.example'),
    pain: message('plan.msg.notes.pain'),
    effort: (effort: Effort) => message(`plan.msg.notes.effort.${effort}`),
    defaultDays: (days: readonly Weekday[]) => message('plan.msg.notes.defaultDays', { days: { days } }),
    addedDays: (days: readonly Weekday[]) => message('plan.msg.notes.addedDays', { days: { days } }),
    dailyBalance: (days: readonly Weekday[], minDays: number) => message('plan.msg.notes.dailyBalance', { days: { days }, minDays }),
    consecutiveStrength: message('plan.msg.notes.consecutiveStrength'),
    holdOnFalls: message('plan.msg.notes.holdOnFalls'),
    holdOnStart: message('plan.msg.notes.holdOnStart'),
    mat: message('plan.msg.notes.mat'),
    activityInstead: (title: string) => message('plan.msg.notes.activityInstead', { title }),
    likedReplaced: (activity: LikedActivity, why: NotAllowed, instead: readonly string[]) =>
      message(why.kind === 'not-yet' ? 'plan.msg.notes.likedNotYet' : 'plan.msg.notes.likedReplaced', {
        activity: { activity },
        why: notAllowedWhy(why),
        instead:
          instead.length > 0
            ? message('plan.msg.notes.instead', { count: instead.length, exercises: { list: instead } })
            : message('plan.msg.notes.noInstead'),
      }),
    likedNotSuitable: (activity: LikedActivity) => message('plan.msg.notes.likedNotSuitable', { activity: { activity } }),
    otherLiked: (activity: LikedActivity) => message('plan.msg.notes.otherLiked', { activity: { activity } }),
    likedLater: (activity: LikedActivity) => message('plan.msg.notes.likedLater', { activity: { activity } }),
    dancing: message('plan.msg.notes.dancing'),
    likedInBalance: (activity: LikedActivity) => message('plan.msg.notes.likedInBalance', { activity: { activity } }),
    jumpingLater: (week: number) => message('plan.msg.notes.jumpingLater', { week }),
    noJumping: (reason: ImpactReason) => message('plan.msg.notes.noJumping', { why: impactWhy(reason) }),
    jumping: message('plan.msg.notes.jumping'),
  },

  warnings: {
    consult: (spine: boolean, fractures: boolean, other: boolean) =>
      message('plan.msg.warnings.consult', {
        reasons: {
          list: [
            ...(spine ? [message('plan.msg.warnings.consult.spine')] : []),
            ...(fractures ? [message('plan.msg.warnings.consult.fractures')] : []),
            ...(other ? [message('plan.msg.warnings.consult.conditions')] : []),
          ],
        },
      }),
    noSupport: (count: number) => message('plan.msg.warnings.noSupport', { count }),
    tooFew: (category: Category, found: number, wanted: number) =>
      found === 0
        ? message('plan.msg.warnings.tooFewNone', { category: { category } })
        : message('plan.msg.warnings.tooFew', { count: found, category: { category }, wanted }),
  },

  /** Shown on a daily-life session when its exercise has no everyday tip of its own. */
  dailyTip: message('plan.msg.dailyTip'),
} as const;

export type Messages = typeof messages;
