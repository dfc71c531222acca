/**
 * The plan's German UI strings, key for key as `en-plan.ts`. German nouns change with the number
 * ("1 Übung", "2 Übungen"), so sentences that carry a count are worded so that the number stands
 * alone where the English would need a plural ("Tage mit Krafttraining: {strength}").
 */
import { deSafety } from './de-safety';
import type { enPlan } from './en-plan';

export const dePlan = {
  'plan.heading': 'Ihr Plan für Woche {week} von {weeks}',
  'plan.answers.label': 'Erstellt für diese Antworten:',
  'plan.answers.days': 'Trainingstage: {days}',
  'plan.answers.noDays': 'Trainingstage: keine gewählt',
  'plan.answers.level': 'Ausgangslage: {level}',
  'plan.answers.equipment': 'Vorhanden: {equipment}',
  'plan.answers.likes': 'Lieblingsaktivitäten: {likes}',
  'plan.answers.falls.yes': 'Gestürzt oder unsicher auf den Beinen',
  'plan.answers.falls.no': 'Nicht gestürzt, nicht unsicher',
  'plan.answers.spine.yes': 'Ein Knochen der Wirbelsäule ist gebrochen',
  'plan.answers.spine.no': 'Kein Bruch an der Wirbelsäule',
  'plan.answers.fractures.yes': 'Mehr als einen Knochen bei leichten Stürzen oder Stößen gebrochen',
  'plan.answers.fractures.no': 'Nicht mehrere Knochen bei leichten Stürzen oder Stößen gebrochen',
  'plan.answers.other.yes': 'Andere Erkrankungen',
  'plan.answers.other.no': 'Keine anderen Erkrankungen',
  'plan.warning.label': 'Wichtig',
  'plan.warning.consult-professional': 'Sprechen Sie zuerst mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapie',
  'plan.warning.no-support-at-hand': 'Manche Übungen brauchen etwas zum Festhalten',
  'plan.warning.too-few-exercises': 'Weniger Übungen als empfohlen',
  'plan.table.caption': 'Woche {week} auf einen Blick',
  'plan.table.day': 'Tag',
  'plan.column.balance': 'Gleichgewicht',
  'plan.column.strength': 'Kraft',
  'plan.column.bone': 'Knochen',
  'plan.rest': 'Ruhetag',
  'plan.session.minutes': 'Etwa {minutes} Minuten:',
  'plan.session.daily': 'Im Alltag:',
  'plan.cell.exercises': '{count} Übungen',
  'plan.cell.balance': '{minutes} Minuten, {count} Übungen',
  // \u00a0 (no-break space) keeps a number with its unit and its ×, so a narrow cell never ends a line on "3".
  'plan.short.reps': '{sets}\u00a0×\u00a0{reps}',
  'plan.short.rounds': '{sets}\u00a0×\u00a0{seconds}\u00a0s',
  'plan.short.seconds': '{seconds}\u00a0s',
  'plan.short.minutes': '{minutes}\u00a0min',
  'plan.short.eachSide': 'je Seite',
  'plan.short.hold': '{seconds}\u00a0s halten',
  'plan.short.holdOn': 'festhalten',
  'plan.table.key':
    'So lesen Sie den Plan: „2\u00a0×\u00a010“ heißt 2 Sätze mit je 10 Wiederholungen. „3\u00a0s halten“ heißt: jede Wiederholung 3 Sekunden lang halten. „3\u00a0×\u00a030\u00a0s“ heißt 3 Runden mit je 30 Sekunden. „festhalten“ heißt: Halten Sie sich an einem Stuhl oder Geländer fest.',
  'plan.notes.title': 'Gut zu wissen',
  'plan.exercises.title': 'Ihre Übungen in dieser Woche',
  'plan.exercises.intro': 'Öffnen Sie eine Übung. Dort sehen Sie, wie sie geht: mit einer Zeichnung und den einzelnen Schritten.',
  'plan.group.balance': 'Gleichgewichtstraining am {days}',
  'plan.group.strength': 'Krafttraining am {days}',
  'plan.group.bone': 'Knochentraining am {days}',
  'plan.group.daily': 'Gleichgewicht im Alltag am {days}',
  'plan.dose.reps': '{sets} Sätze mit je {reps} Wiederholungen',
  'plan.dose.rounds': '{sets} Runden mit je {seconds} Sekunden',
  'plan.dose.round': '1 Runde mit {seconds} Sekunden',
  'plan.dose.seconds': '{seconds} Sekunden',
  'plan.dose.minutes': '{minutes} Minuten',
  'plan.dose.eachSide': 'pro Seite',
  'plan.dose.hold': 'jede Wiederholung {seconds} Sekunden lang halten',
  'plan.card.holdOn': 'Halten Sie sich an einem Stuhl oder Geländer fest.',
  'plan.announce':
    'Plan für Woche {week} geändert. Tage mit Krafttraining: {strength}. Tage mit Gleichgewichtstraining: {balance}. Tage mit Knochentraining: {bone}.',
  'plan.announce.warnings': 'Bitte lesen Sie die wichtigen Hinweise oben im Plan.',
  'plan.calendar.title': 'Die 12 Wochen in Ihren Kalender eintragen',
  'plan.calendar.intro':
    'Hier entsteht eine Kalenderdatei mit jedem Trainingstag der 12 Wochen: was Sie tun und wie viel. Die Datei wird auf diesem Gerät erstellt, nichts wird gesendet. Öffnen Sie die Datei, um die Tage in Ihren Kalender zu übernehmen.',
  'plan.calendar.start': 'Erster Tag',
  'plan.calendar.time': 'Uhrzeit',
  'plan.calendar.reminder': 'Erinnerung',
  'plan.calendar.reminder.none': 'Keine Erinnerung',
  'plan.calendar.reminder.minutes': '{minutes} Minuten vorher',
  'plan.calendar.download': 'Kalenderdatei herunterladen',
  'plan.calendar.name': 'OsteoMove Trainingsplan',
  'plan.calendar.file': 'osteomove-trainingsplan.ics',
  'plan.calendar.summary': 'Training: {kinds}',
  'plan.calendar.kind.balance': 'Gleichgewicht',
  'plan.calendar.kind.strength': 'Kraft',
  'plan.calendar.kind.bone': 'Knochen',
  'plan.calendar.link': 'Ihr Plan für diese Woche: {url}',
  'plan.log.title': '12 Wochen zum Abhaken',
  'plan.log.dose': 'Woche {week}: {dose}',
  'plan.name.level.new': 'neu beim Training',
  'plan.name.level.some': 'etwas Bewegung',
  'plan.name.level.active': 'aktiv',
  'plan.name.equipment.chair': 'ein Stuhl',
  'plan.name.equipment.wall': 'eine Wand',
  'plan.name.equipment.stairs': 'eine Treppe',
  'plan.name.equipment.step-board': 'ein Stepbrett',
  'plan.name.equipment.rail': 'ein Geländer',
  'plan.name.equipment.band': 'ein Übungsband',
  'plan.name.equipment.none': 'keine Hilfsmittel',
  // Nouns made from verbs, so all neuter: the messages refer back to them with „es“ and „seine Stelle“.
  'plan.name.activity.walking': 'Spazierengehen',
  'plan.name.activity.hiking': 'Wandern',
  'plan.name.activity.jogging': 'Joggen',
  'plan.name.activity.tai-chi': 'Tai-Chi',
  'plan.name.activity.dancing': 'Tanzen',
  'plan.name.activity.none': 'keine',
  // Always after „für“: „Übungen für die Kraft“, „Training für das Gleichgewicht“.
  'plan.name.category.strength': 'die Kraft',
  'plan.name.category.balance': 'das Gleichgewicht',
  'plan.name.category.bone': 'die Knochen',
  'plan.name.yes': 'ja',
  'plan.name.no': 'nein',
  'plan.name.week': 'Woche {week}',

  'plan.msg.problems.ignored': 'Einige Werte für „{param}“ in der Webadresse kennen wir nicht („{excerpt}“). Deshalb haben wir sie weggelassen.',
  'plan.msg.problems.useDefault':
    'Den Wert für „{param}“ in der Webadresse kennen wir nicht („{excerpt}“). Deshalb nimmt der Plan die übliche Wahl: {fallback}.',
  'plan.msg.problems.tooLong': 'Die Liste für „{param}“ in der Webadresse war zu lang. Deshalb haben wir nur ihren Anfang gelesen.',
  'plan.msg.problems.repeated': '„{param}“ stand mehr als einmal in der Webadresse. Deshalb haben wir den ersten Wert genommen.',
  'plan.msg.problems.noDays': 'Es waren keine Trainingstage gewählt. Deshalb gilt der Plan für {days}.',

  'plan.msg.notes.example':
    'Dies ist ein Beispielplan, keine ärztliche Verordnung. Er folgt veröffentlichten Empfehlungen für Menschen mit Osteoporose, aber er kennt Ihren Körper nicht. Bitten Sie möglichst Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie, den Plan zu prüfen und Ihnen die Übungen zu zeigen.',
  'plan.msg.notes.pain': deSafety['safety.pain'],
  'plan.msg.notes.effort.gentle': 'Lassen Sie es diese Woche ruhig angehen und lernen Sie jede Bewegung gut. Sie sollten noch ein paar mehr schaffen, als der Plan verlangt.',
  'plan.msg.notes.effort.moderate': 'Diese Woche sollen die letzten Wiederholungen richtig anstrengend sein, aber nie wehtun.',
  'plan.msg.notes.effort.challenging': 'Diese Woche sollen die letzten Wiederholungen schwerfallen. Hören Sie trotzdem auf, bevor etwas wehtut.',
  'plan.msg.notes.defaultDays': 'Sie haben keine Trainingstage gewählt. Deshalb gilt dieser Plan für {days}. Wählen Sie die Tage, die Ihnen passen.',
  'plan.msg.notes.addedDays':
    'Kraft- und Knochentraining brauchen mindestens zwei Tage pro Woche. Deshalb kommt in diesem Plan dazu: {days}. Wählen Sie einen anderen Tag, wenn Ihnen das besser passt.',
  'plan.msg.notes.dailyBalance':
    'Empfohlen ist, das Gleichgewicht an mindestens {minDays} Tagen pro Woche zu trainieren. Bauen Sie es am {days} in Ihren Alltag ein. Stehen Sie zum Beispiel beim Zähneputzen auf einem Bein.',
  'plan.msg.notes.consecutiveStrength':
    'Ihre Tage mit Krafttraining liegen direkt hintereinander. Lassen Sie möglichst einen Ruhetag dazwischen, damit sich Ihre Muskeln erholen können.',
  'plan.msg.notes.holdOnFalls':
    'Sie stürzen vielleicht leichter. Halten Sie sich deshalb bei den Übungen mit dem Hinweis „festhalten“ immer an einem Geländer oder einem stabilen Stuhl fest. Halten Sie sich so lange fest, bis Sie die Übung sicher können. Fragen Sie eine Physiotherapeutin oder einen Physiotherapeuten, bevor Sie loslassen.',
  'plan.msg.notes.holdOnStart':
    'Halten Sie sich bei den Übungen mit dem Hinweis „festhalten“ anfangs an einem Geländer oder einem stabilen Stuhl fest. Lassen Sie erst los, wenn sich die Übung sicher und stabil anfühlt.',
  'plan.msg.notes.mat':
    'Für Übungen im Liegen brauchen Sie eine Matte, ein dickes Handtuch oder einen Teppich. Wenn es Ihnen schwerfällt, sich auf den Boden zu legen, geht auch ein festes Bett.',
  'plan.msg.notes.activityInstead':
    'Für starke Knochen schlägt dieser Plan „{title}“ vor, weil es für Ihre Hilfsmittel nicht genug Übungen für die Knochen gab. Haben Sie eine Treppe oder ein Stepbrett? Dann geben Sie das bei den Hilfsmitteln an. So haben Sie mehr Auswahl.',
  // {why} is a `plan.msg.why.*` reason, worded as a main clause for „denn“.
  'plan.msg.notes.likedReplaced': '{activity} gehört nicht zu diesem Plan, denn {why}. {instead}',
  'plan.msg.notes.likedNotYet': '{activity} gehört noch nicht zu diesem Plan, denn {why}. {instead}',
  'plan.msg.notes.instead.one': '{exercises} tritt an seine Stelle.',
  'plan.msg.notes.instead.other': '{exercises} treten an seine Stelle.',
  'plan.msg.notes.noInstead': 'Eine Physiotherapeutin oder ein Physiotherapeut kann Ihnen sagen, was Sie stattdessen tun können.',
  'plan.msg.notes.likedNotSuitable':
    '{activity} gehört nicht zu diesem Plan, denn es passt nicht zu Ihren Antworten. Eine Physiotherapeutin oder ein Physiotherapeut kann Ihnen sagen, ob und wie Sie es machen können.',
  'plan.msg.notes.otherLiked': '{activity} mögen Sie auch. Wenn Sie möchten, machen Sie es stattdessen an einem der Tage mit Knochentraining.',
  'plan.msg.notes.likedLater': '{activity} kommt in einer späteren Woche dazu, wenn Sie sich mit leichteren Übungen gesteigert haben.',
  'plan.msg.notes.dancing':
    'Sie tanzen gern: Bleiben Sie dabei! Tanzen ist eine schöne Art, aktiv zu bleiben. Und was Freude macht, hält man leichter durch.',
  'plan.msg.notes.likedInBalance':
    '{activity} gehört zu Ihrem Gleichgewichtstraining. Viele Krankenkassen und Gruppen vor Ort bieten Kurse an, in denen Sie es lernen können.',
  'plan.msg.notes.jumpingLater': 'Springen, Hüpfen und Seilspringen können später dazukommen: ab Woche {week}, nach einigen Wochen Muskelaufbau.',
  'plan.msg.notes.noJumping':
    'Dieser Plan enthält kein Joggen, Springen, Hüpfen oder Seilspringen, denn {why}. Zügiges Gehen, Treppensteigen und das Aufsteigen auf ein Stepbrett stärken Ihre Knochen auch.',
  'plan.msg.notes.jumping': 'Beginnen Sie Sprungübungen mit nur wenigen Sprüngen. Landen Sie weich auf beiden Füßen und hören Sie auf, wenn etwas wehtut.',

  // The end of „…, denn …“, in main-clause word order; „es“ is the liked activity (`plan.name.activity.*`, all neuter).
  'plan.msg.why.impact.spine': 'nach einem Bruch an der Wirbelsäule lautet die Empfehlung: keine stärkeren Stöße als beim zügigen Gehen',
  'plan.msg.why.impact.fractures':
    'nach mehr als einem Knochenbruch bei leichten Stürzen oder Stößen lautet die Empfehlung: keine stärkeren Stöße als beim zügigen Gehen',
  'plan.msg.why.impact.falls': 'Sie stürzen vielleicht leichter, und die Empfehlung lautet, zuerst Kraft und Gleichgewicht aufzubauen',
  'plan.msg.why.impact.conditions':
    'bei anderen Erkrankungen muss ein Plan vielleicht angepasst werden, und das können nur Ihre Ärztin, Ihr Arzt oder Ihre Physiotherapie beurteilen',
  'plan.msg.why.impact.new': 'diese Übungen sind für Menschen, die schon trainieren, und erst nach einigen Wochen Muskelaufbau',
  'plan.msg.why.notYet': 'es braucht zuerst einige Wochen Muskelaufbau: Ab Woche {week} kann es dazukommen',
  'plan.msg.why.spine': 'es passt nicht zu einer Wirbelsäule, die schon von Osteoporose betroffen ist',
  'plan.msg.why.unsuitable': 'es passt nicht zu Ihren Antworten oder Hilfsmitteln',

  // The reasons follow „Weil“, so each ends with its verb: „Weil Ihre Wirbelsäule betroffen ist und Sie andere Erkrankungen haben, …“.
  'plan.msg.warnings.consult':
    'Weil {reasons}, besprechen Sie diesen Plan bitte vor dem Start mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapie. Dort erfahren Sie, welche Übungen die richtigen für Sie sind.',
  'plan.msg.warnings.consult.spine': 'Ihre Wirbelsäule betroffen ist',
  'plan.msg.warnings.consult.fractures': 'Sie sich bei leichten Stürzen oder Stößen mehr als einen Knochen gebrochen haben',
  'plan.msg.warnings.consult.conditions': 'Sie andere Erkrankungen haben',
  'plan.msg.warnings.noSupport.one':
    'Sie stürzen vielleicht leichter, haben aber keinen Stuhl, kein Geländer und keine Wand zum Festhalten. Deshalb haben wir eine Übung weggelassen, die etwas zum Festhalten braucht. Haben Sie eine Arbeitsplatte in der Küche oder eine andere feste, stabile Stütze? Dann geben Sie sie bei den Hilfsmitteln als Geländer an.',
  'plan.msg.warnings.noSupport.other':
    'Sie stürzen vielleicht leichter, haben aber keinen Stuhl, kein Geländer und keine Wand zum Festhalten. Deshalb haben wir {count} Übungen weggelassen, die etwas zum Festhalten brauchen. Haben Sie eine Arbeitsplatte in der Küche oder eine andere feste, stabile Stütze? Dann geben Sie sie bei den Hilfsmitteln als Geländer an.',
  'plan.msg.warnings.tooFewNone':
    'Keine Übung für {category} passt zu Ihren Antworten und Hilfsmitteln. Deshalb hat dieser Plan kein Training für {category}. Mit einem Stuhl oder einer Wand kommen mehr Übungen infrage, oder eine Physiotherapeutin oder ein Physiotherapeut kann andere vorschlagen.',
  'plan.msg.warnings.tooFew.one':
    'Nur {count} Übung für {category} passt zu Ihren Antworten und Hilfsmitteln. Empfohlen sind mindestens {wanted}. Mit mehr Hilfsmitteln (etwa einem Stuhl oder einer Wand) kommen mehr Übungen infrage, oder eine Physiotherapeutin oder ein Physiotherapeut kann andere vorschlagen.',
  'plan.msg.warnings.tooFew.other':
    'Nur {count} Übungen für {category} passen zu Ihren Antworten und Hilfsmitteln. Empfohlen sind mindestens {wanted}. Mit mehr Hilfsmitteln (etwa einem Stuhl oder einer Wand) kommen mehr Übungen infrage, oder eine Physiotherapeutin oder ein Physiotherapeut kann andere vorschlagen.',

  'plan.msg.dailyTip': 'Machen Sie die Übung bei einer Alltagstätigkeit, zum Beispiel beim Zähneputzen. Halten Sie sich dabei am Waschbecken fest.',
} as const satisfies Record<keyof typeof enPlan, string>;
