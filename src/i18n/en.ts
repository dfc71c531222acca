/**
 * English UI strings, flat dotted keys. Page text lives in content/; this holds the words
 * around it. German will get a file of the same shape.
 */
export const en = {
  'site.name': 'OsteoMove',
  'site.tagline': 'Safe exercise for strong bones',
  'site.description':
    'Exercises for people with osteoporosis: strength, balance and bone training, explained in plain words, with printable sheets and an example weekly plan.',

  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.exercises': 'Exercises',
  'nav.plan': 'Weekly plan',
  'nav.sheets': 'Print sheets',
  'nav.courses': 'Courses',
  'nav.safety': 'Exercising safely',
  'nav.more': 'More',
  'header.searchLink': 'Search',
  'breadcrumb.label': 'You are here',

  'footer.label': 'About this site',
  'footer.disclaimer':
    'OsteoMove gives general information. It does not replace advice from your doctor or physiotherapist.',
  'footer.privacy': 'No tracking, no cookies, no adverts.',
  'footer.about': 'Sources and about',
  'footer.activities': 'Sports and activities',
  'footer.whichExercises': 'Which exercises suit me',
  'footer.spine': 'When the spine is affected',

  'meta.sources': 'Sources',
  'meta.reviewed': 'Last reviewed',
  'meta.nextReview': 'Next review due',
  'meta.primary': 'main source',

  'category.strength': 'Muscle strength',
  'category.balance': 'Balance and coordination',
  'category.bone': 'Bone stability',
  'category.strength.short': 'Strength',
  'category.balance.short': 'Balance',
  'category.bone.short': 'Bone',

  'equipment.none': 'No equipment',
  'equipment.chair': 'Chair',
  'equipment.wall': 'Wall',
  'equipment.stairs': 'Stairs',
  'equipment.step-board': 'Step board',
  'equipment.rail': 'Rail',
  'equipment.band': 'Exercise band',
  'equipment.mat': 'Mat or carpet',

  'position.standing': 'Standing',
  'position.sitting': 'Sitting',
  'position.lying': 'Lying down',
  'position.walking': 'Walking',

  'flag.support': 'Start holding on',
  'flag.support.long': 'Hold a rail or a stable chair until you can do it safely.',
  'flag.spine': 'Suitable when the spine is affected',
  'flag.notSpine': 'Not after a spine fracture',
  'flag.highImpact': 'Jumping: only after weeks of muscle building',
  'flag.weeks': 'Start after {weeks} weeks of muscle building',

  'level.label': 'Level',
  'level.of': 'Level {level} of {count}',

  'dose.label': 'How much',
  'dose.sets': '{sets} sets',
  'dose.reps': '{reps} repetitions',
  'dose.repsPerSide': '{reps} repetitions on each side',
  'dose.hold': 'hold each one for {seconds} seconds',
  'dose.seconds': '{seconds} seconds',
  'dose.secondsPerSide': '{seconds} seconds on each side',
  'dose.minutes': '{minutes} minutes',
  'dose.session': 'A longer session at your own pace',
  'dose.range': '{min} to {max}',

  'exercise.equipment': 'You need',
  'exercise.position': 'Position',
  'exercise.easier': 'Easier',
  'exercise.harder': 'Harder',
  'exercise.variants': 'Easier and harder',
  'exercise.dailyLife': 'In daily life',
  'exercise.category': 'Type of training',
  'exercise.works': 'Works your',
  'exercise.facts': 'At a glance',

  'bodyArea.legs': 'legs',
  'bodyArea.hips': 'hips',
  'bodyArea.arms': 'arms',
  'bodyArea.chest': 'chest',
  'bodyArea.shoulders': 'shoulders',
  'bodyArea.back': 'back',
  'bodyArea.trunk': 'trunk',

  'library.title': 'Exercises',
  'library.intro':
    'Every exercise on this site, grouped by the kind of training. Inside each group they go from easiest to hardest.',
  'library.count': '{count} exercises',
  'library.seeCategory': 'About {category} training',

  'filter.legend': 'Show only exercises that',
  'filter.noEquipment': 'need no equipment',
  'filter.spine': 'suit an affected spine',
  'filter.noSupport': 'need nothing to hold on to',
  'filter.noJumping': 'have no jumping',
  'filter.shown': '{shown} of {total} exercises shown',
  'filter.none': 'No exercise fits all these choices. Untick one to see more.',

  'consult.title': 'Talk to your doctor or physiotherapist',
  'consult.text':
    'Ask a doctor or physiotherapist which exercises suit you before you start, especially if you have had a fracture or have other health problems.',
  'warning.label': 'Important',

  'recommendation.title': 'How often and how much',
  'recommendation.days': 'Days a week',
  'recommendation.daysMin': 'at least {min}',
  'recommendation.daysRange': '{min} to {max}',
  'recommendation.exercises': 'Exercises each session',
  'recommendation.sets': 'Sets per exercise',
  'recommendation.reps': 'Repetitions per set',
  'recommendation.seconds': 'Time per exercise',
  'recommendation.secondsValue': '{min} to {max} seconds',
  'recommendation.total': 'Total time',
  'recommendation.totalValue': 'about {minutes} minutes',
  'recommendation.source': 'Source: {source}',

  'training.exercises': 'The exercises, easiest first',

  'courses.title': 'Courses and therapy',
  'courses.purpose.prevention': 'Prevention',
  'courses.purpose.treatment': 'Treatment',
  'courses.format.group': 'Group',
  'courses.format.individual': 'One to one',
  'courses.format.online': 'Online',
  'courses.format.water': 'In water',
  'courses.germanName': 'In Germany called',
  'courses.suits': 'Who it suits',
  'courses.frequency': 'How often',
  'courses.sessionLength': 'How long',
  'courses.whoPays': 'Who pays (Germany)',
  'courses.howToGet': 'How to get a place',
  'courses.outsideGermany': 'Outside Germany',
  'courses.formats': 'How it is given',
  'courses.purpose': 'Purpose',

  'activities.title': 'Sports and everyday activities',
  'verdict.strengthens-bones': 'Strengthens your bones',
  'verdict.other-benefits': 'Good for you, but not for bones',
  'verdict.take-care': 'Take care',
  'verdict.avoid': 'Better avoided',
  'verdict.label': 'Verdict',
  'activities.seeExercise': 'How to do it: {title}',

  'notFound.title': 'Page not found',
  'notFound.text': 'We could not find that page. It may have moved, or the address may have a typing mistake.',
  'notFound.try': 'You could try:',

  'home.start': 'Where to start',
} as const;

export type UiKey = keyof typeof en;
