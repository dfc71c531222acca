import { filterNames, type FilterName } from '../../lib/search/facets';
import { resultMessage, type SearchMessages } from '../../lib/search/messages';
import { resultsPerPage, toResultView, type ResultView } from '../../lib/search/results';
import {
  emptyState,
  isActive,
  parseState,
  sameState,
  searchOptions,
  toParams,
  type AllowedValues,
  type SearchState,
} from '../../lib/search/state';
import { appendExcerpt } from './excerpt';
import { loadPagefind, type Pagefind, type PagefindHit } from './pagefind';

/** Wait this long after the last keystroke before searching, so each word is searched once. */
const typingPause = 150;

/**
 * The search page. Pagefind loads only once the reader starts: focus in the form, a keystroke,
 * or a search already in the address (`?q=`). The address follows the form, so a search can
 * be shared and the back button returns to it.
 */
class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #none!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #messages!: SearchMessages;
  #pagefind: Promise<Pagefind> | undefined;
  #hits: PagefindHit[] = [];
  #shown = 0;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #state: SearchState = emptyState;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-search-form]');
    // In `astro dev` the page renders only its note: there is no index to search.
    if (!form) return;
    this.#form = form;
    this.#input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#none = this.querySelector('[data-search-none]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    this.#messages = JSON.parse(this.dataset.messages ?? '{}') as SearchMessages;

    const arrival = parseState(new URLSearchParams(location.search), this.#allowedValues());
    this.#showInForm(arrival);
    if (isActive(arrival)) void this.#search(arrival);

    form.addEventListener('focusin', () => void this.#load().catch(() => undefined));
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#update(), typingPause);
    });
    form.addEventListener('change', (event) => {
      if (event.target !== this.#input) this.#update();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
    });
    this.addEventListener('keydown', (event) => this.#onEscape(event));
    this.#more.addEventListener('click', () => void this.#showMore(this.#run, true));
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= loadPagefind(this.dataset.bundle!, this.dataset.base!).catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }

  /** The values each filter control offers: anything else in an address is ignored. */
  #allowedValues(): AllowedValues {
    const valuesOf = (name: FilterName): string[] => {
      const control = this.#form.elements.namedItem(name);
      if (control instanceof HTMLSelectElement) return [...control.options].map((option) => option.value).filter(Boolean);
      return control instanceof HTMLInputElement ? [control.value] : [];
    };
    const allowed = {} as Record<FilterName, string[]>;
    for (const name of filterNames) allowed[name] = valuesOf(name);
    return allowed;
  }

  #readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string') params.append(name, value);
    return parseState(params, this.#allowedValues());
  }

  #showInForm(state: SearchState) {
    this.#input.value = state.query;
    for (const name of filterNames) {
      const control = this.#form.elements.namedItem(name);
      if (control instanceof HTMLSelectElement) control.value = state.filters[name] ?? '';
      if (control instanceof HTMLInputElement) control.checked = state.filters[name] === control.value;
    }
    const sort = this.#form.elements.namedItem('sort');
    if (sort instanceof HTMLSelectElement) sort.value = state.sort === 'level' ? 'level' : '';
    // Filters that came with the address stay in view, so the reader sees why results are few.
    if (Object.keys(state.filters).length > 0 || state.sort === 'level') {
      this.#form.querySelector('details')?.setAttribute('open', '');
    }
  }

  #update() {
    clearTimeout(this.#timer);
    const state = this.#readForm();
    if (sameState(state, this.#state)) return;
    const query = toParams(state).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
    void this.#search(state);
  }

  async #search(state: SearchState) {
    this.#state = state;
    const run = ++this.#run;
    if (!isActive(state)) {
      this.#list.removeAttribute('aria-busy');
      this.#hits = [];
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.#none.hidden = true;
      this.#more.hidden = true;
      return;
    }
    if (!this.#pagefind) this.#status.textContent = this.#messages.loading;
    this.#list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await this.#load();
      const { results } = await pagefind.search(state.query || null, searchOptions(state));
      if (run !== this.#run) return;
      this.#hits = results;
      this.#shown = 0;
      this.#list.replaceChildren();
      await this.#showMore(run, false);
      if (run !== this.#run) return;
      this.#status.textContent = resultMessage(this.#messages, results.length, state.query);
      this.#none.hidden = results.length > 0;
    } catch {
      if (run === this.#run) this.#status.textContent = this.#messages.failed;
    } finally {
      if (run === this.#run) this.#list.removeAttribute('aria-busy');
    }
  }

  /** Loads and shows the next results; after "Show more", focus moves to the first new one. */
  async #showMore(run: number, moveFocus: boolean) {
    const next = this.#hits.slice(this.#shown, this.#shown + resultsPerPage);
    const views = (await Promise.all(next.map((hit) => hit.data()))).map((data) => toResultView(data));
    if (run !== this.#run) return;
    const items = views.map((view) => this.#renderResult(view));
    this.#list.append(...items);
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= this.#hits.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  #renderResult(view: ResultView): HTMLLIElement {
    const template = this.querySelector<HTMLTemplateElement>('template[data-search-result]')!;
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const link = item.querySelector<HTMLAnchorElement>('[data-result-link]')!;
    link.href = view.url;
    link.textContent = view.title;
    const type = view.type && this.#messages.types[view.type];
    item.querySelector('[data-result-facts]')!.textContent = [type, ...view.facts].filter(Boolean).join(' · ');
    appendExcerpt(item.querySelector<HTMLElement>('[data-result-excerpt]')!, view.excerpt);
    if (view.picture) {
      const picture = Object.assign(new Image(), { src: view.picture, alt: '', loading: 'lazy', decoding: 'async' });
      const slot = item.querySelector<HTMLElement>('[data-result-picture]')!;
      slot.append(picture);
      slot.hidden = false;
    }
    if (view.sections.length > 0) {
      const entries = item.querySelector<HTMLElement>('[data-result-entries]')!;
      const entryTemplate = this.querySelector<HTMLTemplateElement>('template[data-search-entry]')!;
      entries.querySelector('ul')!.append(
        ...view.sections.map((section) => {
          const entry = entryTemplate.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
          const entryLink = entry.querySelector('a')!;
          entryLink.href = section.url;
          entryLink.textContent = section.title;
          return entry;
        }),
      );
      entries.hidden = false;
    }
    return item;
  }

  /** Escape in the box clears the search; Escape in the results goes back to the box. */
  #onEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    if (event.target === this.#input) {
      if (!this.#input.value) return;
      event.preventDefault();
      this.#input.value = '';
      this.#update();
    } else if (event.target instanceof Node && !this.#form.contains(event.target)) {
      event.preventDefault();
      this.#input.focus();
    }
  }
}

customElements.define('search-page', SearchPage);
