/**
 * <plan-builder>: reads the answers from the page address and the form, builds the plan with
 * the pure generator and renders it with the same view tree the page used at build time, in the
 * page's language (`<html lang>`). The address keeps the answers, so a plan can be bookmarked,
 * shared and printed. The exercise facts (`data-exercises`) and the words arrive after the page.
 */
import { toLocale } from '../i18n/locales';
import { generatePlan, parseProfile, profileToSearch, type Message, type PlanExercise, type Profile } from '../lib/plan';
import { programmeWeeks } from '../lib/recommendations';
import { planCalendar } from './plan/calendar';
import { calendarForm, download } from './plan/calendar-form';
import { toDom } from './plan/dom';
import { readForm, writeForm } from './plan/form';
import { planLog } from './plan/log';
import { loadPlanWords, type PlanWords } from './plan/strings';
import { exercisesInPlan, planSummary, planView } from './plan/view';
import { SheetShelf } from './sheets/sheet-shelf';

class PlanBuilder extends HTMLElement {
  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`<plan-builder> has no ${selector} element.`);
    return element;
  }

  connectedCallback() {
    const form = this.find<HTMLFormElement>('[data-plan-form]');
    const { profile, problems } = parseProfile(new URLSearchParams(window.location.search));
    // The answers go into the form at once; the plan waits for the exercises and the words of the page's language.
    writeForm(form, profile);
    void Promise.all([this.fetchExercises(), loadPlanWords(toLocale(document.documentElement.lang))]).then(
      ([exercises, words]) => this.start(form, profile, problems, exercises, words),
      () => this.find('[data-plan-problems]').replaceChildren(this.fromTemplate('[data-plan-unavailable-template]')),
    );
  }

  private async fetchExercises(): Promise<PlanExercise[]> {
    const response = await fetch(this.dataset.exercises!);
    if (!response.ok) throw new Error(`The plan's exercises answered ${response.status}.`);
    return (await response.json()) as PlanExercise[];
  }

  private fromTemplate(selector: string): HTMLElement {
    return this.find<HTMLTemplateElement>(selector).content.firstElementChild!.cloneNode(true) as HTMLElement;
  }

  private start(form: HTMLFormElement, profile: Profile, problems: readonly Message[], exercises: PlanExercise[], words: PlanWords) {
    const week = form.elements.namedItem('week') as HTMLSelectElement;
    const previous = this.find<HTMLButtonElement>('[data-plan-previous]');
    const next = this.find<HTMLButtonElement>('[data-plan-next]');
    const output = this.find('[data-plan-output]');
    const logOutput = this.find('[data-plan-log]');
    const problemsRegion = this.find('[data-plan-problems]');
    const status = this.find('[data-plan-status]');
    const sheets = new SheetShelf(this.find('[data-sheet-set]'));
    const libraryOrder = exercises.map((exercise) => exercise.id);

    const show = (profile: Profile, firstDrawing = false) => {
      const plan = generatePlan(profile, exercises);
      const view = toDom(planView(plan, profile, words));
      // The page arrives with the default plan already drawn; drawing it again would only repaint it late.
      const same = output.childNodes.length === 1 && output.firstChild!.isEqualNode(view);
      if (!same) output.replaceChildren(view);
      const log = toDom(planLog(profile, exercises, words));
      if (!(logOutput.childNodes.length === 1 && logOutput.firstChild!.isEqualNode(log))) logOutput.replaceChildren(log);
      output.dataset.rendered = 'client';
      const inPlan = new Set(exercisesInPlan(plan));
      const chosen = libraryOrder.filter((id) => inPlan.has(id));
      void (firstDrawing ? sheets.showWhenIdle(chosen, 'single') : sheets.show(chosen, 'single'));
      // aria-disabled rather than disabled, so the button keeps the keyboard focus at week 1 and 12.
      previous.setAttribute('aria-disabled', String(profile.week <= 1));
      next.setAttribute('aria-disabled', String(profile.week >= programmeWeeks));
      return plan;
    };

    const update = () => {
      const profile = readForm(form);
      const plan = show(profile);
      history.replaceState(history.state, '', `?${profileToSearch(profile)}`);
      // The notice was about the address the page opened with; the address now holds the answers.
      problemsRegion.replaceChildren();
      status.textContent = planSummary(plan, words);
    };

    const moveWeek = (by: number) => {
      const target = Number(week.value) + by;
      if (target < 1 || target > programmeWeeks) return;
      week.value = String(target);
      update();
    };

    form.addEventListener('change', update);
    // A reader quick enough to change an answer while the exercises and words were loading is not ignored.
    if (profileToSearch(readForm(form)) !== profileToSearch(profile)) update();
    else {
      show(profile, true);
      if (problems.length > 0) problemsRegion.replaceChildren(this.problemNotice(problems.map(words.say)));
    }
    previous.addEventListener('click', () => moveWeek(-1));
    next.addEventListener('click', () => moveWeek(1));
    this.find('[data-plan-actions]').after(
      calendarForm(words, new Date(), (choice) => {
        const planUrl = (profile: Profile) => new URL(`?${profileToSearch(profile)}`, window.location.href).href;
        download(planCalendar(readForm(form), exercises, words, choice, { stamp: new Date(), planUrl }), words.text('plan.calendar.file'));
      }),
    );
    const sheetsMissing = this.find('[data-sheets-missing]');
    this.find('[data-plan-print]').addEventListener('click', () => void sheets.print(sheetsMissing));
  }

  /** What the address held that could not be used; the texts come from parseProfile and go in as text only. */
  private problemNotice(problems: readonly string[]): HTMLElement {
    const notice = this.fromTemplate('[data-plan-problem-template]');
    const list = notice.querySelector('ul')!;
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    return notice;
  }
}

customElements.define('plan-builder', PlanBuilder);
