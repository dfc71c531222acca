/**
 * The plan's UI strings (the week table, the cards, the answers, what the island announces) and
 * the generator's messages (`plan.msg.*`, with the names `plan.name.*` they use). They live apart
 * so the plan island can load them without the whole dictionary; `en.ts` spreads them in, so `t`
 * knows them too. A key ending `.one` / `.other` is a plural form, chosen by `{count}`
 * (src/lib/plan/render.ts); weekday names come from `Intl`, not from here.
 */
import { enSafety } from './en-safety';

export const enPlan = {
  'plan.heading': 'Your plan for week {week} of {weeks}',
  'plan.answers.label': 'Made for these answers:',
  'plan.answers.days': 'Training days: {days}',
  'plan.answers.noDays': 'Training days: none chosen',
  'plan.answers.level': 'Starting level: {level}',
  'plan.answers.equipment': 'At hand: {equipment}',
  'plan.answers.likes': 'Enjoys: {likes}',
  'plan.answers.falls.yes': 'Has fallen or feels unsteady',
  'plan.answers.falls.no': 'No falls, not unsteady',
  'plan.answers.spine.yes': 'A bone in the spine has broken',
  'plan.answers.spine.no': 'No broken bone in the spine',
  'plan.answers.fractures.yes': 'More than one bone broken from a minor fall or bump',
  'plan.answers.fractures.no': 'Not several bones broken from minor falls',
  'plan.answers.other.yes': 'Other health conditions',
  'plan.answers.other.no': 'No other conditions',
  'plan.warning.label': 'Important',
  'plan.warning.consult-professional': 'Talk to your doctor or physiotherapist first',
  'plan.warning.no-support-at-hand': 'Some exercises need something to hold',
  'plan.warning.too-few-exercises': 'Fewer exercises than advised',
  'plan.table.caption': 'Week {week} at a glance',
  'plan.table.day': 'Day',
  'plan.column.balance': 'Balance',
  'plan.column.strength': 'Strength',
  'plan.column.bone': 'Bone',
  'plan.rest': 'Rest day',
  'plan.session.minutes': 'About {minutes} minutes:',
  'plan.session.daily': 'In daily life:',
  'plan.cell.exercises': '{count} exercises',
  'plan.cell.balance': '{minutes} minutes, {count} exercises',
  // \u00a0 (no-break space) keeps a number with its unit and its ×, so a narrow cell never ends a line on "3".
  'plan.short.reps': '{sets}\u00a0×\u00a0{reps}',
  'plan.short.rounds': '{sets}\u00a0×\u00a0{seconds}\u00a0s',
  'plan.short.seconds': '{seconds}\u00a0s',
  'plan.short.minutes': '{minutes}\u00a0min',
  'plan.short.eachSide': 'each side',
  'plan.short.hold': 'hold {seconds}\u00a0s',
  'plan.short.holdOn': 'hold on',
  'plan.table.key':
    'How to read it: “2\u00a0×\u00a010” means 2 sets of 10 repetitions. “Hold 3\u00a0s” means hold each one for 3 seconds. “3\u00a0×\u00a030\u00a0s” means 3 rounds of 30 seconds. “Hold on” means hold on to a chair or a rail.',
  'plan.notes.title': 'Good to know',
  'plan.exercises.title': 'Your exercises this week',
  'plan.exercises.intro': 'Open an exercise to see how to do it, with a drawing and the steps.',
  'plan.group.balance': 'Balance training on {days}',
  'plan.group.strength': 'Strength training on {days}',
  'plan.group.bone': 'Bone training on {days}',
  'plan.group.daily': 'Balance in daily life on {days}',
  'plan.dose.reps': '{sets} sets of {reps} repetitions',
  'plan.dose.rounds': '{sets} rounds of {seconds} seconds',
  'plan.dose.round': '1 round of {seconds} seconds',
  'plan.dose.seconds': '{seconds} seconds',
  'plan.dose.minutes': '{minutes} minutes',
  'plan.dose.eachSide': 'on each side',
  'plan.dose.hold': 'hold each one for {seconds} seconds',
  'plan.card.holdOn': 'Hold on to a chair or a rail.',
  'plan.announce': 'Plan updated for week {week}: strength on {strength} days, balance on {balance} days, bone training on {bone} days.',
  'plan.announce.warnings': 'Please read the important notes at the top of the plan.',
  'plan.calendar.title': 'Add the 12 weeks to your calendar',
  'plan.calendar.intro':
    'This makes a calendar file with every training day of the 12 weeks: what to do and how much. It is made on this device and nothing is sent anywhere. Open the file to add the days to your calendar app.',
  'plan.calendar.start': 'First day',
  'plan.calendar.time': 'Time of day',
  'plan.calendar.reminder': 'Reminder',
  'plan.calendar.reminder.none': 'No reminder',
  'plan.calendar.reminder.minutes': '{minutes} minutes before',
  'plan.calendar.download': 'Download the calendar file',
  'plan.calendar.name': 'OsteoMove exercise plan',
  'plan.calendar.file': 'osteomove-exercise-plan.ics',
  'plan.calendar.summary': 'Exercise: {kinds}',
  'plan.calendar.kind.balance': 'balance',
  'plan.calendar.kind.strength': 'strength',
  'plan.calendar.kind.bone': 'bone training',
  'plan.calendar.link': 'Your plan for this week: {url}',
  'plan.log.title': '12 weeks to tick off',
  'plan.log.dose': 'Week {week}: {dose}',

  'plan.name.level.new': 'new to exercise',
  'plan.name.level.some': 'some activity',
  'plan.name.level.active': 'active',
  'plan.name.equipment.chair': 'a chair',
  'plan.name.equipment.wall': 'a wall',
  'plan.name.equipment.stairs': 'stairs',
  'plan.name.equipment.step-board': 'a step board',
  'plan.name.equipment.rail': 'a rail',
  'plan.name.equipment.band': 'an exercise band',
  'plan.name.equipment.none': 'no equipment',
  'plan.name.activity.walking': 'Walking',
  'plan.name.activity.hiking': 'Hiking',
  'plan.name.activity.jogging': 'Jogging',
  'plan.name.activity.tai-chi': 'Tai chi',
  'plan.name.activity.dancing': 'Dancing',
  'plan.name.activity.none': 'none',
  'plan.name.category.strength': 'strength',
  'plan.name.category.balance': 'balance',
  'plan.name.category.bone': 'bone-strengthening',
  'plan.name.yes': 'yes',
  'plan.name.no': 'no',
  'plan.name.week': 'week {week}',

  'plan.msg.problems.ignored': 'Some values for “{param}” in the web address were not recognised (“{excerpt}”), so we left them out.',
  'plan.msg.problems.useDefault':
    'The value for “{param}” in the web address was not recognised (“{excerpt}”), so the plan uses the usual choice: {fallback}.',
  'plan.msg.problems.tooLong': 'The list for “{param}” in the web address was too long, so we only read the start of it.',
  'plan.msg.problems.repeated': '“{param}” was in the web address more than once, so we used the first one.',
  'plan.msg.problems.noDays': 'No training days were chosen, so the plan uses {days}.',

  'plan.msg.notes.example':
    'This is an example plan, not a prescription. It follows published advice for people with osteoporosis, but it cannot know your body. If you can, ask a doctor or physiotherapist to check it and show you the exercises.',
  /** The site's one wording of the source's pain rule, as on every exercise page and sheet. */
  'plan.msg.notes.pain': enSafety['safety.pain'],
  'plan.msg.notes.effort.gentle': 'This week, take it easy and learn each movement well. You should be able to do a few more than the plan asks.',
  'plan.msg.notes.effort.moderate': 'This week, the exercises should feel like real work by the last repetitions, but never painful.',
  'plan.msg.notes.effort.challenging': 'This week, the last repetitions should be hard work. Still stop before anything hurts.',
  'plan.msg.notes.defaultDays': 'You did not choose any training days, so this plan uses {days}. Choose the days that suit you.',
  'plan.msg.notes.addedDays':
    'Strength and bone training need at least two days a week, so this plan adds {days}. Choose another day if that suits you better.',
  'plan.msg.notes.dailyBalance':
    'The advice is to train balance on at least {minDays} days a week. On {days}, fit it into everyday tasks, for example stand on one leg while you brush your teeth.',
  'plan.msg.notes.consecutiveStrength':
    'Your strength days are next to each other. If you can, leave a day of rest between them so that your muscles can recover.',
  'plan.msg.notes.holdOnFalls':
    'You may be more likely to fall. So for the exercises marked “hold on”, always hold a rail or a stable chair. Keep holding on until you have mastered the exercise, and ask a physiotherapist before you let go.',
  'plan.msg.notes.holdOnStart':
    'For the exercises marked “hold on”, start by holding a rail or a stable chair. Only let go once the exercise feels safe and steady.',
  'plan.msg.notes.mat': 'Exercises lying down need a mat, a thick towel or a carpet. If getting down to the floor is hard, a firm bed works too.',
  'plan.msg.notes.activityInstead':
    'For bone strength, this plan suggests “{title}”, because there were not enough bone exercises for your equipment. If you have stairs or a step board, add them to your equipment for more options.',
  'plan.msg.notes.likedReplaced': '{activity} is not part of this plan, because {why}. {instead}',
  'plan.msg.notes.likedNotYet': '{activity} is not part of this plan yet, because {why}. {instead}',
  'plan.msg.notes.instead.one': '{exercises} takes its place.',
  'plan.msg.notes.instead.other': '{exercises} take its place.',
  'plan.msg.notes.noInstead': 'A physiotherapist can suggest what to do instead.',
  'plan.msg.notes.likedNotSuitable':
    '{activity} is not part of this plan, because it does not suit your answers. A physiotherapist can tell you whether and how you can do it.',
  'plan.msg.notes.otherLiked': '{activity} is another activity you like: do it instead on any bone-strength day if you wish.',
  'plan.msg.notes.likedLater': '{activity} joins your plan in a later week, once you have built up with easier exercises.',
  'plan.msg.notes.dancing':
    'You like dancing: keep it up! It is a lovely way to stay active, and doing what you enjoy makes it easier to keep going.',
  'plan.msg.notes.likedInBalance':
    '{activity} is part of your balance sessions. Many health insurers and local groups offer courses where you can learn it.',
  'plan.msg.notes.jumpingLater': 'Jumping, hopping and skipping can come later, from week {week}, after some weeks of muscle building.',
  'plan.msg.notes.noJumping':
    'This plan has no jogging, jumping, hopping or skipping, because {why}. Brisk walking, stairs and step-ups strengthen your bones too.',
  'plan.msg.notes.jumping': 'Start jumping exercises with only a few jumps, land softly on both feet, and stop if anything hurts.',

  /** The end of "… because …": why an activity or exercise the reader likes is left out. */
  'plan.msg.why.impact.spine': 'after a broken bone in the spine, the advice is no more impact than brisk walking',
  'plan.msg.why.impact.fractures':
    'after more than one broken bone from a minor fall or bump, the advice is no more impact than brisk walking',
  'plan.msg.why.impact.falls': 'you may be more likely to fall, and the advice is to build up strength and balance first',
  'plan.msg.why.impact.conditions': 'with other health conditions a plan may need changes that only your doctor or physiotherapist can judge',
  'plan.msg.why.impact.new': 'they are for people who already exercise, after weeks of building up the muscles',
  'plan.msg.why.notYet': 'it needs some weeks of muscle building first: it can start in week {week}',
  'plan.msg.why.spine': 'it does not suit a spine that osteoporosis has already affected',
  'plan.msg.why.unsuitable': 'it does not suit your answers or equipment',

  'plan.msg.warnings.consult':
    'Because {reasons}, please agree this plan with your doctor or physiotherapist before you start. They can tell you which exercises are right for you.',
  'plan.msg.warnings.consult.spine': 'your spine is affected',
  'plan.msg.warnings.consult.fractures': 'you have broken more than one bone from a minor fall or bump',
  'plan.msg.warnings.consult.conditions': 'you have other health conditions',
  'plan.msg.warnings.noSupport.one':
    'You may be more likely to fall, but you have no chair, rail or wall to hold on to. So we left out one exercise that needs something to hold. If you have a kitchen worktop or another firm, stable support, count it as a rail in your equipment.',
  'plan.msg.warnings.noSupport.other':
    'You may be more likely to fall, but you have no chair, rail or wall to hold on to. So we left out {count} exercises that need something to hold. If you have a kitchen worktop or another firm, stable support, count it as a rail in your equipment.',
  'plan.msg.warnings.tooFewNone':
    'No {category} exercises suit your answers and equipment, so this plan has no {category} sessions. A chair or a wall opens up more exercises, or a physiotherapist can suggest others.',
  'plan.msg.warnings.tooFew.one':
    'Only {count} {category} exercise suits your answers and equipment. The advice is at least {wanted}. More equipment (such as a chair or a wall) opens up more exercises, or a physiotherapist can suggest others.',
  'plan.msg.warnings.tooFew.other':
    'Only {count} {category} exercises suit your answers and equipment. The advice is at least {wanted}. More equipment (such as a chair or a wall) opens up more exercises, or a physiotherapist can suggest others.',

  /** Shown on a daily-life session when its exercise has no everyday tip of its own. */
  'plan.msg.dailyTip': 'Do this during an everyday task, for example while you brush your teeth. Hold on to the basin.',
} as const;
