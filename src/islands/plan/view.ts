/**
 * The plan as a tree of plain element descriptions, built once for both renderers: the page
 * renders it to HTML at build time (src/components/plan/ViewTree.astro, where Astro escapes
 * every text and attribute) and the island to DOM nodes (dom.ts: createElement and text
 * nodes). One builder keeps the example without JavaScript and the live plan identical, and
 * neither renderer can turn a string into markup.
 */
import { weekdayName } from '../../i18n/format';
import type { Plan, PlanDay, PlanItem, PlanKey, PlanSession, PlanWarning, Profile, SessionKind, Weekday } from '../../lib/plan';
import { programmeWeeks } from '../../lib/recommendations';
import { routes } from '../../lib/routes';
import type { PlanWords } from './strings';

/** The only elements a plan is made of. */
export type ViewTag =
  | 'a'
  | 'article'
  | 'caption'
  | 'div'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'li'
  | 'p'
  | 'section'
  | 'span'
  | 'table'
  | 'tbody'
  | 'td'
  | 'th'
  | 'thead'
  | 'tr'
  | 'ul';

export interface ViewElement {
  tag: ViewTag;
  attrs: Readonly<Record<string, string>>;
  children: readonly ViewChild[];
}

/** A string child is text, never markup. */
export type ViewChild = ViewElement | string;

export function el(tag: ViewTag, attrs: Record<string, string | undefined> = {}, ...children: (ViewChild | false | undefined)[]): ViewElement {
  return {
    tag,
    attrs: Object.fromEntries(Object.entries(attrs).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    children: children.filter((child): child is ViewChild => child !== false && child !== undefined && child !== ''),
  };
}

const yesNo = (on: boolean) => (on ? 'yes' : 'no');
const numberAttr = (value: number | undefined) => (value === undefined ? undefined : String(value));

/** The reader's answers as short plain-text lines, e.g. "Training days: Monday and Friday". */
export function answerList(profile: Profile, words: PlanWords): string[] {
  return [
    profile.days.length > 0 ? words.text('plan.answers.days', { days: words.say({ days: profile.days }) }) : words.text('plan.answers.noDays'),
    words.text('plan.answers.level', { level: words.say({ level: profile.level }) }),
    words.text('plan.answers.equipment', { equipment: words.say({ equipment: profile.equipment }) }),
    words.text('plan.answers.likes', { likes: words.say({ activities: profile.likes }) }),
    words.text(`plan.answers.falls.${yesNo(profile.falls)}`),
    words.text(`plan.answers.spine.${yesNo(profile.spine)}`),
    words.text(`plan.answers.fractures.${yesNo(profile.fractures)}`),
    words.text(`plan.answers.other.${yesNo(profile.other)}`),
  ];
}

/**
 * The one dose of a plan item: sets × reps, seconds (in rounds on a balance day) or minutes.
 * Every item the generator makes has one (the plan rules test it); an item without is a bug
 * that must not reach a reader as a line without a dose.
 */
type ItemDose =
  | { kind: 'reps'; sets: number; reps: number }
  | { kind: 'seconds'; seconds: number; sets?: number }
  | { kind: 'minutes'; minutes: number };

export function itemDose({ id, sets, reps, seconds, minutes }: PlanItem): ItemDose {
  if (sets !== undefined && reps !== undefined) return { kind: 'reps', sets, reps };
  if (seconds !== undefined) return { kind: 'seconds', seconds, ...(sets === undefined ? {} : { sets }) };
  if (minutes !== undefined) return { kind: 'minutes', minutes };
  throw new Error(`The plan item "${id}" has no dose.`);
}

/** The plan strings of the two dose forms: the table's short one and the cards' words. */
const doseKeys = {
  short: {
    reps: 'plan.short.reps',
    minutes: 'plan.short.minutes',
    seconds: 'plan.short.seconds',
    round: 'plan.short.rounds',
    rounds: 'plan.short.rounds',
    eachSide: 'plan.short.eachSide',
    hold: 'plan.short.hold',
  },
  words: {
    reps: 'plan.dose.reps',
    minutes: 'plan.dose.minutes',
    seconds: 'plan.dose.seconds',
    round: 'plan.dose.round',
    rounds: 'plan.dose.rounds',
    eachSide: 'plan.dose.eachSide',
    hold: 'plan.dose.hold',
  },
} as const satisfies Record<string, Record<string, PlanKey>>;

function doseText(item: PlanItem, words: PlanWords, form: keyof typeof doseKeys): string {
  const keys = doseKeys[form];
  const dose = itemDose(item);
  let out =
    dose.kind === 'reps'
      ? words.text(keys.reps, dose)
      : dose.kind === 'minutes'
        ? words.text(keys.minutes, dose)
        : dose.sets === undefined
          ? words.text(keys.seconds, dose)
          : words.text(dose.sets === 1 ? keys.round : keys.rounds, { sets: dose.sets, seconds: dose.seconds });
  if (item.perSide) out += ` ${words.text(keys.eachSide)}`;
  if (item.holdSeconds !== undefined) out += `, ${words.text(keys.hold, { seconds: item.holdSeconds })}`;
  return out;
}

/** The dose in the table's short form: "2 × 10", "2 × 8, hold 3 s", "3 × 30 s each side", "30 min". */
export const shortDose = (item: PlanItem, words: PlanWords): string => doseText(item, words, 'short');

/** The dose in words for the exercise cards: "2 sets of 10 repetitions on each side, hold each one for 3 seconds". */
export const doseWords = (item: PlanItem, words: PlanWords): string => doseText(item, words, 'words');

/** The exercises of a plan, each once, in the order they first appear in the week. */
export function exercisesInPlan(plan: Plan): string[] {
  return [...new Set(plan.days.flatMap((day) => day.sessions.flatMap((session) => session.exercises.map((item) => item.id))))];
}

/** A short summary for screen readers after the plan changed: not the whole plan, just its shape. */
export function planSummary(plan: Plan, words: PlanWords): string {
  const days = (...kinds: SessionKind[]) => plan.days.filter((day) => day.sessions.some((s) => kinds.includes(s.kind))).length;
  const summary = words.text('plan.announce', { week: plan.week, strength: days('strength'), balance: days('balance', 'daily'), bone: days('bone') });
  return plan.warnings.length > 0 ? `${summary} ${words.text('plan.announce.warnings')}` : summary;
}

/** Table columns; everyday balance shares the balance column. */
const columns = ['balance', 'strength', 'bone'] as const;
const columnOf = (kind: SessionKind) => (kind === 'daily' ? 'balance' : kind);

/* On a phone the table turns into a list of days: rows and cells stack, each cell names its column. */
const stack = 'max-sm:block';
const cellClass = `${stack} border border-line p-2 text-left align-top`;

/** The exercise and its dose as data attributes, for tests and tools, on every line and card of the plan. */
const itemAttrs = (item: PlanItem) => ({
  'data-exercise': item.id,
  'data-sets': numberAttr(item.sets),
  'data-reps': numberAttr(item.reps),
  'data-seconds': numberAttr(item.seconds),
  'data-minutes': numberAttr(item.minutes),
  'data-hold-on': item.holdOn ? '1' : undefined,
});

function itemLine(item: PlanItem, words: PlanWords): ViewElement {
  return el(
    'li',
    itemAttrs(item),
    item.title,
    ' ',
    el('span', { class: 'whitespace-nowrap font-bold' }, shortDose(item, words)),
    item.holdOn && ' ',
    item.holdOn && el('span', { class: 'whitespace-nowrap' }, `(${words.text('plan.short.holdOn')})`),
  );
}

function sessionCell(session: PlanSession, words: PlanWords): ViewElement {
  const count = session.exercises.length;
  const lead =
    session.kind === 'daily'
      ? words.text('plan.session.daily')
      : session.kind === 'balance' && session.minutes !== undefined
        ? words.text('plan.session.minutes', { minutes: session.minutes })
        : undefined;
  // On paper a longer session shows one line here and its exercises once below the table, so the week fits on a page.
  const summary =
    count > 1 &&
    (session.kind === 'balance' && session.minutes !== undefined
      ? words.text('plan.cell.balance', { minutes: session.minutes, count })
      : words.text('plan.cell.exercises', { count }));
  const onScreenOnly = summary ? 'print:hidden' : undefined;
  return el(
    'td',
    { class: cellClass, 'data-session': session.kind },
    el('span', { class: 'block font-bold sm:hidden' }, words.text(`plan.column.${columnOf(session.kind)}`)),
    lead && el('span', { class: onScreenOnly ? `plan-lead block ${onScreenOnly}` : 'plan-lead block' }, lead),
    summary && el('span', { class: 'hidden print:block' }, summary),
    el('ul', { class: onScreenOnly ? `space-y-1 ${onScreenOnly}` : 'space-y-1' }, ...session.exercises.map((item) => itemLine(item, words))),
  );
}

function dayRow({ day, sessions }: PlanDay, words: PlanWords): ViewElement {
  const cells =
    sessions.length === 0
      ? [el('td', { class: cellClass, colspan: String(columns.length) }, words.text('plan.rest'))]
      : columns.map((column) => {
          const session = sessions.find((s) => columnOf(s.kind) === column);
          return session ? sessionCell(session, words) : el('td', { class: `${cellClass} max-sm:hidden` });
        });
  return el(
    'tr',
    { class: `${stack} max-sm:mt-4 max-sm:border-2 max-sm:border-line`, 'data-plan-day': day },
    el('th', { scope: 'row', class: `${cellClass} max-sm:bg-panel` }, weekdayName(words.region, day)),
    ...cells,
  );
}

function weekTable(plan: Plan, words: PlanWords): ViewElement {
  return el(
    'table',
    { class: `${stack} plan-table mt-6 w-full border-collapse`, 'data-plan-table': '' },
    el('caption', { class: `${stack} mb-2 text-left text-xl font-bold` }, words.text('plan.table.caption', { week: plan.week })),
    el(
      'thead',
      { class: 'max-sm:sr-only' },
      el(
        'tr',
        {},
        el('th', { scope: 'col', class: cellClass }, words.text('plan.table.day')),
        ...columns.map((column) => el('th', { scope: 'col', class: cellClass }, words.text(`plan.column.${column}`))),
      ),
    ),
    el('tbody', { class: stack }, ...plan.days.map((day) => dayRow(day, words))),
  );
}

function warning({ kind, message }: PlanWarning, words: PlanWords): ViewElement {
  // Not an <aside>: several warnings with the same title would be landmarks nobody can tell apart.
  return el(
    'div',
    { class: 'plan-warning mt-4 border-l-8 border-warn bg-warn-panel p-4', 'data-plan-warning': kind },
    el('h3', { class: 'text-xl' }, el('span', { class: 'visually-hidden' }, `${words.text('plan.warning.label')}: `), words.text(`plan.warning.${kind}`)),
    el('p', { class: 'mt-2 max-w-[66ch]' }, words.say(message)),
  );
}

/** Sessions that repeat through the week (the same strength session on Monday and Friday) are shown once. */
function sessionGroups(plan: Plan): { session: PlanSession; days: Weekday[] }[] {
  const groups = new Map<string, { session: PlanSession; days: Weekday[] }>();
  for (const { day, sessions } of plan.days)
    for (const session of sessions) {
      const key = JSON.stringify([session.kind, session.exercises]);
      const group = groups.get(key) ?? { session, days: [] };
      group.days.push(day);
      groups.set(key, group);
    }
  return [...groups.values()];
}

function card(item: PlanItem, words: PlanWords): ViewElement {
  return el(
    'li',
    {},
    el(
      'article',
      { class: 'flex h-full flex-col gap-2 rounded-lg border-2 border-line bg-paper p-4', 'data-plan-card': item.id, ...itemAttrs(item) },
      el('h4', { class: 'text-xl font-bold' }, el('a', { href: words.link(routes.exercise(item.id)) }, item.title)),
      el('p', { class: 'plan-dose-words font-bold' }, doseWords(item, words)),
      // On paper the sessions share one page with the week, so plan-print.css swaps in the table's short forms.
      el('p', { class: 'plan-dose-short hidden font-bold' }, shortDose(item, words)),
      item.holdOn && el('p', { class: 'plan-hold-words border-l-4 border-warn pl-3' }, words.text('plan.card.holdOn')),
      item.holdOn && el('p', { class: 'plan-hold-short hidden' }, `(${words.text('plan.short.holdOn')})`),
    ),
  );
}

function exerciseCards(plan: Plan, words: PlanWords): ViewElement {
  return el(
    'section',
    { class: 'plan-cards mt-10', 'aria-labelledby': 'plan-exercises-title', 'data-plan-cards': '' },
    el('h2', { id: 'plan-exercises-title' }, words.text('plan.exercises.title')),
    el('p', { class: 'mt-2 max-w-[66ch]' }, words.text('plan.exercises.intro')),
    ...sessionGroups(plan).map(({ session, days }) =>
      el(
        'div',
        { class: 'mt-6', 'data-plan-group': session.kind },
        el('h3', {}, words.text(`plan.group.${session.kind}`, { days: words.say({ days }) })),
        session.kind === 'balance' &&
          session.minutes !== undefined &&
          el('p', { class: 'mt-1 print:hidden' }, words.text('plan.session.minutes', { minutes: session.minutes })),
        session.tip !== undefined && el('p', { class: 'mt-1 max-w-[66ch]' }, words.say(session.tip)),
        el('ul', { class: 'mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3' }, ...session.exercises.map((item) => card(item, words))),
      ),
    ),
  );
}

/** The whole plan: heading, answers, warnings first, the week table, a card for each exercise, then the notes. */
export function planView(plan: Plan, profile: Profile, words: PlanWords): ViewElement {
  return el(
    'div',
    { 'data-plan': '', 'data-week': String(plan.week) },
    el(
      'section',
      { class: 'plan-overview', 'aria-labelledby': 'plan-title' },
      el('h2', { id: 'plan-title' }, words.text('plan.heading', { week: plan.week, weeks: programmeWeeks })),
      el(
        'div',
        { class: 'mt-3', 'data-plan-answers': '' },
        el('p', { class: 'font-bold' }, words.text('plan.answers.label')),
        el('ul', { class: 'flex flex-wrap gap-x-6 gap-y-1' }, ...answerList(profile, words).map((answer) => el('li', {}, answer))),
      ),
      ...plan.warnings.map((w) => warning(w, words)),
      weekTable(plan, words),
      el('p', { class: 'mt-2 max-w-[66ch]' }, words.text('plan.table.key')),
    ),
    exerciseCards(plan, words),
    // After the exercises, so on paper they open the 12-week log's page and the week keeps its page for the warnings.
    el(
      'section',
      { class: 'plan-notes mt-10', 'aria-labelledby': 'plan-notes-title' },
      el('h2', { id: 'plan-notes-title' }, words.text('plan.notes.title')),
      el('ul', { class: 'mt-2 max-w-[66ch] list-disc space-y-1 pl-7' }, ...plan.notes.map((note) => el('li', {}, words.say(note)))),
    ),
  );
}
