/**
 * Every sentence the plan generator shows to readers, in one place so that it can be translated
 * later. Plain text only (the island escapes it), plain English for a reading age of about 11.
 * Figures are passed in from `src/lib/recommendations.ts`, never written here.
 */
import { enSafety } from '../../i18n/en-safety';
import { formatList } from '../../i18n/format';
import type { Category, LikedActivity } from '../../schemas/vocabulary';
import type { Effort } from './progression';
import type { ProfileEquipment, StartingLevel, Weekday } from './profile';
import type { ImpactReason, NotAllowed } from './types';

const dayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const levelNames: Record<StartingLevel, string> = {
  new: 'new to exercise',
  some: 'some activity',
  active: 'active',
};

const equipmentNames: Record<ProfileEquipment, string> = {
  chair: 'a chair',
  wall: 'a wall',
  stairs: 'stairs',
  'step-board': 'a step board',
  rail: 'a rail',
  band: 'an exercise band',
};

const activityNames: Record<LikedActivity, string> = {
  walking: 'Walking',
  hiking: 'Hiking',
  jogging: 'Jogging',
  'tai-chi': 'Tai chi',
  dancing: 'Dancing',
};

const categoryNames: Record<Category, string> = {
  strength: 'strength',
  balance: 'balance',
  bone: 'bone-strengthening',
};

const daysText = (days: readonly Weekday[]) => formatList(days.map((d) => dayNames[d]));

/** The end of "… because …": why moderate and high impacts (jogging, jumps, hops, skipping) are left out. */
const impactWhy: Record<ImpactReason, string> = {
  spine: 'after a broken bone in the spine, the advice is no more impact than brisk walking',
  fractures: 'after more than one broken bone from a minor fall or bump, the advice is no more impact than brisk walking',
  falls: 'you may be more likely to fall, and the advice is to build up strength and balance first',
  other: 'with other health conditions a plan may need changes that only your doctor or physiotherapist can judge',
  new: 'they are for people who already exercise, after weeks of building up the muscles',
};

const notAllowedWhy = (why: NotAllowed): string => {
  switch (why.kind) {
    case 'impact':
      return impactWhy[why.reason];
    case 'not-yet':
      return `it needs some weeks of muscle building first: it can start in week ${why.fromWeek}`;
    case 'spine':
      return 'it does not suit a spine that osteoporosis has already affected';
    case 'unsuitable':
      return 'it does not suit your answers or equipment';
  }
};

export const messages = {
  names: { day: dayNames, level: levelNames, equipment: equipmentNames, activity: activityNames, category: categoryNames },

  /** Shown beside the form when the web address had values the generator could not use. */
  problems: {
    ignored: (param: string, excerpt: string) =>
      `Some values for “${param}” in the web address were not recognised (“${excerpt}”), so we left them out.`,
    useDefault: (param: string, excerpt: string, fallback: string) =>
      `The value for “${param}” in the web address was not recognised (“${excerpt}”), so the plan uses the usual choice: ${fallback}.`,
    tooLong: (param: string) => `The list for “${param}” in the web address was too long, so we only read the start of it.`,
    repeated: (param: string) => `“${param}” was in the web address more than once, so we used the first one.`,
    noDays: (fallback: readonly Weekday[]) =>
      `No training days were chosen, so the plan uses ${daysText(fallback)}.`,
  },

  /** How a default value is named in a problem ("the usual choice: …"). */
  defaults: {
    days: daysText,
    level: (level: StartingLevel) => levelNames[level],
    flag: (on: boolean) => (on ? 'yes' : 'no'),
    equipment: (items: readonly ProfileEquipment[]) =>
      items.length === 0 ? 'no equipment' : formatList(items.map((e) => equipmentNames[e])),
    likes: (items: readonly LikedActivity[]) =>
      items.length === 0 ? 'none' : formatList(items.map((a) => activityNames[a].toLowerCase())),
    week: (week: number) => `week ${week}`,
  },

  notes: {
    example:
      'This is an example plan, not a prescription. It follows published advice for people with osteoporosis, but it cannot know your body. If you can, ask a doctor or physiotherapist to check it and show you the exercises.',
    /** The site's one wording of the source's pain rule, as on every exercise page and sheet. */
    pain: enSafety['safety.pain'],
    effort: {
      gentle: 'This week, take it easy and learn each movement well. You should be able to do a few more than the plan asks.',
      moderate: 'This week, the exercises should feel like real work by the last repetitions, but never painful.',
      challenging: 'This week, the last repetitions should be hard work. Still stop before anything hurts.',
    } satisfies Record<Effort, string>,
    defaultDays: (days: readonly Weekday[]) =>
      `You did not choose any training days, so this plan uses ${daysText(days)}. Choose the days that suit you.`,
    addedDays: (days: readonly Weekday[]) =>
      `Strength and bone training need at least two days a week, so this plan adds ${daysText(days)}. Choose another day if that suits you better.`,
    dailyBalance: (days: readonly Weekday[], minDays: number) =>
      `The advice is to train balance on at least ${minDays} days a week. On ${daysText(days)}, fit it into everyday tasks, for example stand on one leg while you brush your teeth.`,
    consecutiveStrength:
      'Your strength days are next to each other. If you can, leave a day of rest between them so that your muscles can recover.',
    holdOnFalls:
      'You may be more likely to fall. So for the exercises marked “hold on”, always hold a rail or a stable chair. Keep holding on until you have mastered the exercise, and ask a physiotherapist before you let go.',
    holdOnStart:
      'For the exercises marked “hold on”, start by holding a rail or a stable chair. Only let go once the exercise feels safe and steady.',
    mat: 'Exercises lying down need a mat, a thick towel or a carpet. If getting down to the floor is hard, a firm bed works too.',
    activityInstead: (title: string) =>
      `For bone strength, this plan suggests ${title.toLowerCase()}, because there were not enough bone exercises for your equipment. If you have stairs or a step board, add them to your equipment for more options.`,
    likedReplaced: (activity: LikedActivity, why: NotAllowed, instead: readonly string[]) =>
      `${activityNames[activity]} is not part of this plan${why.kind === 'not-yet' ? ' yet' : ''}, because ${notAllowedWhy(why)}. ${
        instead.length > 0
          ? `${formatList(instead)} ${instead.length === 1 ? 'takes' : 'take'} its place.`
          : 'A physiotherapist can suggest what to do instead.'
      }`,
    likedNotSuitable: (activity: LikedActivity) =>
      `${activityNames[activity]} is not part of this plan, because it does not suit your answers. A physiotherapist can tell you whether and how you can do it.`,
    otherLiked: (activity: LikedActivity) =>
      `You also like ${activityNames[activity].toLowerCase()}: do it instead on any bone-strength day if you wish.`,
    likedLater: (activity: LikedActivity) =>
      `${activityNames[activity]} joins your plan in a later week, once you have built up with easier exercises.`,
    dancing: 'You like dancing: keep it up! It is a lovely way to stay active, and doing what you enjoy makes it easier to keep going.',
    likedInBalance: (activity: LikedActivity) =>
      `${activityNames[activity]} is part of your balance sessions. Many health insurers and local groups offer courses where you can learn it.`,
    jumpingLater: (week: number) =>
      `Jumping, hopping and skipping can come later, from week ${week}, after some weeks of muscle building.`,
    noJumping: (reason: ImpactReason) =>
      `This plan has no jogging, jumping, hopping or skipping, because ${impactWhy[reason]}. Brisk walking, stairs and step-ups strengthen your bones too.`,
    jumping: 'Start jumping exercises with only a few jumps, land softly on both feet, and stop if anything hurts.',
  },

  warnings: {
    consult: (spine: boolean, fractures: boolean, other: boolean) =>
      `Because ${formatList([
        ...(spine ? ['your spine is affected'] : []),
        ...(fractures ? ['you have broken more than one bone from a minor fall or bump'] : []),
        ...(other ? ['you have other health conditions'] : []),
      ])}, please agree this plan with your doctor or physiotherapist before you start. They can tell you which exercises are right for you.`,
    noSupport: (count: number) =>
      `You may be more likely to fall, but you have no chair, rail or wall to hold on to. So we left out ${count === 1 ? 'one exercise that needs' : `${count} exercises that need`} something to hold. If you have a kitchen worktop or another firm, stable support, count it as a rail in your equipment.`,
    tooFew: (category: Category, found: number, wanted: number) =>
      found === 0
        ? `No ${categoryNames[category]} exercises suit your answers and equipment, so this plan has no ${categoryNames[category]} sessions. A chair or a wall opens up more exercises, or a physiotherapist can suggest others.`
        : `Only ${found} ${categoryNames[category]} ${found === 1 ? 'exercise suits' : 'exercises suit'} your answers and equipment. The advice is at least ${wanted}. More equipment (such as a chair or a wall) opens up more exercises, or a physiotherapist can suggest others.`,
  },

  /** Shown on a daily-life session when its exercise has no everyday tip of its own. */
  dailyTip: 'Do this during an everyday task, for example while you brush your teeth. Hold on to the basin.',
} as const;

export type Messages = typeof messages;
