/**
 * The plan as a tree of plain element descriptions, built once for both renderers: the page
 * renders it to HTML at build time (src/components/plan/ViewTree.astro, where Astro escapes
 * every text and attribute) and the island to DOM nodes (dom.ts: createElement and text
 * nodes). One builder keeps the example without JavaScript and the live plan identical, and
 * neither renderer can turn a string into markup.
 */
import {
  messages,
  type Plan,
  type PlanDay,
  type PlanItem,
  type PlanSession,
  type PlanWarning,
  type Profile,
  type SessionKind,
  type Weekday,
} from '../../lib/plan';
import { formatList } from '../../i18n/format';
import { programmeWeeks } from '../../lib/recommendations';
import { routes } from '../../lib/routes';
import { href } from '../../paths';
import type { PlanKey, PlanText } from './strings';

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

function el(tag: ViewTag, attrs: Record<string, string | undefined> = {}, ...children: (ViewChild | false | undefined)[]): ViewElement {
  return {
    tag,
    attrs: Object.fromEntries(Object.entries(attrs).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    children: children.filter((child): child is ViewChild => child !== false && child !== undefined && child !== ''),
  };
}

const dayList = (days: readonly Weekday[]) => formatList(days.map((day) => messages.names.day[day]));
const yesNo = (on: boolean) => (on ? 'yes' : 'no');
const numberAttr = (value: number | undefined) => (value === undefined ? undefined : String(value));

/** The reader's answers as short plain-text lines, e.g. "Training days: Monday and Friday". */
export function answerList(profile: Profile, text: PlanText): string[] {
  return [
    profile.days.length > 0 ? text('plan.answers.days', { days: dayList(profile.days) }) : text('plan.answers.noDays'),
    text('plan.answers.level', { level: messages.names.level[profile.level] }),
    text('plan.answers.equipment', { equipment: messages.defaults.equipment(profile.equipment) }),
    text('plan.answers.likes', { likes: messages.defaults.likes(profile.likes) }),
    text(`plan.answers.falls.${yesNo(profile.falls)}`),
    text(`plan.answers.spine.${yesNo(profile.spine)}`),
    text(`plan.answers.fractures.${yesNo(profile.fractures)}`),
    text(`plan.answers.other.${yesNo(profile.other)}`),
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

function doseText(item: PlanItem, text: PlanText, form: keyof typeof doseKeys): string {
  const keys = doseKeys[form];
  const dose = itemDose(item);
  let words =
    dose.kind === 'reps'
      ? text(keys.reps, dose)
      : dose.kind === 'minutes'
        ? text(keys.minutes, dose)
        : dose.sets === undefined
          ? text(keys.seconds, dose)
          : text(dose.sets === 1 ? keys.round : keys.rounds, { sets: dose.sets, seconds: dose.seconds });
  if (item.perSide) words += ` ${text(keys.eachSide)}`;
  if (item.holdSeconds !== undefined) words += `, ${text(keys.hold, { seconds: item.holdSeconds })}`;
  return words;
}

/** The dose in the table's short form: "2 × 10", "2 × 8, hold 3 s", "3 × 30 s each side", "30 min". */
export const shortDose = (item: PlanItem, text: PlanText): string => doseText(item, text, 'short');

/** The dose in words for the exercise cards: "2 sets of 10 repetitions on each side, hold each one for 3 seconds". */
export const doseWords = (item: PlanItem, text: PlanText): string => doseText(item, text, 'words');

/** The exercises of a plan, each once, in the order they first appear in the week. */
export function exercisesInPlan(plan: Plan): string[] {
  return [...new Set(plan.days.flatMap((day) => day.sessions.flatMap((session) => session.exercises.map((item) => item.id))))];
}

/** A short summary for screen readers after the plan changed: not the whole plan, just its shape. */
export function planSummary(plan: Plan, text: PlanText): string {
  const days = (...kinds: SessionKind[]) => plan.days.filter((day) => day.sessions.some((s) => kinds.includes(s.kind))).length;
  const summary = text('plan.announce', { week: plan.week, strength: days('strength'), balance: days('balance', 'daily'), bone: days('bone') });
  return plan.warnings.length > 0 ? `${summary} ${text('plan.announce.warnings')}` : summary;
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

function itemLine(item: PlanItem, text: PlanText): ViewElement {
  return el(
    'li',
    itemAttrs(item),
    item.title,
    ' ',
    el('span', { class: 'whitespace-nowrap font-bold' }, shortDose(item, text)),
    item.holdOn && ' ',
    item.holdOn && el('span', { class: 'whitespace-nowrap' }, `(${text('plan.short.holdOn')})`),
  );
}

function sessionCell(session: PlanSession, text: PlanText): ViewElement {
  const count = session.exercises.length;
  const lead =
    session.kind === 'daily'
      ? text('plan.session.daily')
      : session.kind === 'balance' && session.minutes !== undefined
        ? text('plan.session.minutes', { minutes: session.minutes })
        : undefined;
  // On paper a longer session shows one line here and its exercises once below the table, so the week fits on a page.
  const summary =
    count > 1 &&
    (session.kind === 'balance' && session.minutes !== undefined
      ? text('plan.cell.balance', { minutes: session.minutes, count })
      : text('plan.cell.exercises', { count }));
  const onScreenOnly = summary ? 'print:hidden' : undefined;
  return el(
    'td',
    { class: cellClass, 'data-session': session.kind },
    el('span', { class: 'block font-bold sm:hidden' }, text(`plan.column.${columnOf(session.kind)}`)),
    lead && el('span', { class: onScreenOnly ? `plan-lead block ${onScreenOnly}` : 'plan-lead block' }, lead),
    summary && el('span', { class: 'hidden print:block' }, summary),
    el('ul', { class: onScreenOnly ? `space-y-1 ${onScreenOnly}` : 'space-y-1' }, ...session.exercises.map((item) => itemLine(item, text))),
  );
}

function dayRow({ day, sessions }: PlanDay, text: PlanText): ViewElement {
  const cells =
    sessions.length === 0
      ? [el('td', { class: cellClass, colspan: String(columns.length) }, text('plan.rest'))]
      : columns.map((column) => {
          const session = sessions.find((s) => columnOf(s.kind) === column);
          return session ? sessionCell(session, text) : el('td', { class: `${cellClass} max-sm:hidden` });
        });
  return el(
    'tr',
    { class: `${stack} max-sm:mt-4 max-sm:border-2 max-sm:border-line`, 'data-plan-day': day },
    el('th', { scope: 'row', class: `${cellClass} max-sm:bg-panel` }, messages.names.day[day]),
    ...cells,
  );
}

function weekTable(plan: Plan, text: PlanText): ViewElement {
  return el(
    'table',
    { class: `${stack} plan-table mt-6 w-full border-collapse`, 'data-plan-table': '' },
    el('caption', { class: `${stack} mb-2 text-left text-xl font-bold` }, text('plan.table.caption', { week: plan.week })),
    el(
      'thead',
      { class: 'max-sm:sr-only' },
      el(
        'tr',
        {},
        el('th', { scope: 'col', class: cellClass }, text('plan.table.day')),
        ...columns.map((column) => el('th', { scope: 'col', class: cellClass }, text(`plan.column.${column}`))),
      ),
    ),
    el('tbody', { class: stack }, ...plan.days.map((day) => dayRow(day, text))),
  );
}

function warning({ kind, text: message }: PlanWarning, text: PlanText): ViewElement {
  // Not an <aside>: several warnings with the same title would be landmarks nobody can tell apart.
  return el(
    'div',
    { class: 'plan-warning mt-4 border-l-8 border-warn bg-warn-panel p-4', 'data-plan-warning': kind },
    el('h3', { class: 'text-xl' }, el('span', { class: 'visually-hidden' }, `${text('plan.warning.label')}: `), text(`plan.warning.${kind}`)),
    el('p', { class: 'mt-2 max-w-[66ch]' }, message),
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

function card(item: PlanItem, text: PlanText): ViewElement {
  return el(
    'li',
    {},
    el(
      'article',
      { class: 'flex h-full flex-col gap-2 rounded-lg border-2 border-line bg-paper p-4', 'data-plan-card': item.id, ...itemAttrs(item) },
      el('h4', { class: 'text-xl font-bold' }, el('a', { href: href(routes.exercise(item.id)) }, item.title)),
      el('p', { class: 'plan-dose-words font-bold' }, doseWords(item, text)),
      // On paper the sessions share one page with the week, so plan-print.css swaps in the table's short forms.
      el('p', { class: 'plan-dose-short hidden font-bold' }, shortDose(item, text)),
      item.holdOn && el('p', { class: 'plan-hold-words border-l-4 border-warn pl-3' }, text('plan.card.holdOn')),
      item.holdOn && el('p', { class: 'plan-hold-short hidden' }, `(${text('plan.short.holdOn')})`),
    ),
  );
}

function exerciseCards(plan: Plan, text: PlanText): ViewElement {
  return el(
    'section',
    { class: 'plan-cards mt-10', 'aria-labelledby': 'plan-exercises-title', 'data-plan-cards': '' },
    el('h2', { id: 'plan-exercises-title' }, text('plan.exercises.title')),
    el('p', { class: 'mt-2 max-w-[66ch]' }, text('plan.exercises.intro')),
    ...sessionGroups(plan).map(({ session, days }) =>
      el(
        'div',
        { class: 'mt-6', 'data-plan-group': session.kind },
        el('h3', {}, text(`plan.group.${session.kind}`, { days: dayList(days) })),
        session.kind === 'balance' &&
          session.minutes !== undefined &&
          el('p', { class: 'mt-1 print:hidden' }, text('plan.session.minutes', { minutes: session.minutes })),
        session.tip !== undefined && el('p', { class: 'mt-1 max-w-[66ch]' }, session.tip),
        el('ul', { class: 'mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3' }, ...session.exercises.map((item) => card(item, text))),
      ),
    ),
  );
}

/** The whole plan: heading, answers, warnings first, the week table, notes, then a card for each exercise. */
export function planView(plan: Plan, profile: Profile, text: PlanText): ViewElement {
  return el(
    'div',
    { 'data-plan': '', 'data-week': String(plan.week) },
    el(
      'section',
      { class: 'plan-overview', 'aria-labelledby': 'plan-title' },
      el('h2', { id: 'plan-title' }, text('plan.heading', { week: plan.week, weeks: programmeWeeks })),
      el(
        'div',
        { class: 'mt-3', 'data-plan-answers': '' },
        el('p', { class: 'font-bold' }, text('plan.answers.label')),
        el('ul', { class: 'flex flex-wrap gap-x-6 gap-y-1' }, ...answerList(profile, text).map((answer) => el('li', {}, answer))),
      ),
      ...plan.warnings.map((w) => warning(w, text)),
      weekTable(plan, text),
      el('p', { class: 'mt-2 max-w-[66ch]' }, text('plan.table.key')),
      el(
        'section',
        { class: 'plan-notes mt-6', 'aria-labelledby': 'plan-notes-title' },
        el('h3', { id: 'plan-notes-title' }, text('plan.notes.title')),
        el('ul', { class: 'mt-2 max-w-[66ch] list-disc space-y-1 pl-7' }, ...plan.notes.map((note) => el('li', {}, note))),
      ),
    ),
    exerciseCards(plan, text),
  );
}
