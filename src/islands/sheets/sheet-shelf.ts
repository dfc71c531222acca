import { pageStarts, type SheetLayout } from '../../lib/sheets/selection';

/**
 * Puts the printed sheets a reader chose into a page's empty sheet set, fetched when chosen.
 * Every exercise page carries its own sheet, so the pages that print a choice (the plan, the
 * sheet builder) need not carry the whole library: with every sheet built in, they grew by
 * about 4 kB of HTML per exercise (20 MB each at 5,000 exercises) and loaded every drawing.
 */
export class SheetShelf {
  private readonly fetched = new Map<string, Promise<Element | undefined>>();
  private latest = 0;
  private chosen: { ids: readonly string[]; layout: SheetLayout } = { ids: [], layout: 'single' };
  /** Settles once the sheets of the latest choice are in the page and their drawings loaded. */
  private ready: Promise<string[]> = Promise.resolve([]);

  constructor(private readonly set: HTMLElement) {}

  /**
   * Shows the sheets of `ids`, in that order; a later call replaces an earlier one still loading.
   * Settles with the ids whose sheets could not be fetched.
   */
  show(ids: readonly string[], layout: SheetLayout): Promise<string[]> {
    const call = ++this.latest;
    this.chosen = { ids, layout };
    // Tells assistive tools and tests that the printed part is not complete yet.
    this.set.setAttribute('aria-busy', 'true');
    this.ready = Promise.all(ids.map((id) => this.sheet(id))).then(async (found) => {
      if (call !== this.latest) return [];
      const sheets = found.filter((sheet) => sheet !== undefined);
      const starts = pageStarts(sheets.map((sheet) => sheet.getAttribute('data-density') === 'dense'), layout);
      sheets.forEach((sheet, index) => {
        sheet.setAttribute('data-selected', '');
        sheet.toggleAttribute('data-page-start', starts[index]!);
      });
      this.set.dataset.layout = layout;
      this.set.replaceChildren(...sheets);
      // A print started right away must not find the drawings still on their way.
      await Promise.all(sheets.flatMap((sheet) => [...sheet.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined))));
      if (call === this.latest) this.set.removeAttribute('aria-busy');
      return ids.filter((_, index) => found[index] === undefined);
    });
    return this.ready;
  }

  /**
   * What a print button does: waits for the chosen sheets, fetching again any that failed, then
   * prints; while one is still missing it shows `missingNote` (SheetsMissing.astro) instead.
   */
  async print(missingNote: HTMLElement): Promise<void> {
    await this.ready;
    const missing = await this.show(this.chosen.ids, this.chosen.layout);
    missingNote.hidden = missing.length === 0;
    if (missing.length === 0) window.print();
  }

  /** As `show`, once the browser is idle: on a page's first drawing the sheets wait for what the reader sees. */
  showWhenIdle(ids: readonly string[], layout: SheetLayout): Promise<string[]> {
    const call = ++this.latest;
    this.chosen = { ids, layout };
    this.set.setAttribute('aria-busy', 'true');
    const idle = new Promise<void>((resolve) => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 200);
    });
    // A choice made in the meantime has its own call to `show`, which wins.
    this.ready = idle.then(() => (call === this.latest ? this.show(ids, layout) : this.ready));
    return this.ready;
  }

  private sheet(id: string): Promise<Element | undefined> {
    let sheet = this.fetched.get(id);
    if (!sheet) {
      const address = (this.set.dataset.sheetPage ?? '').replace('{id}', encodeURIComponent(id));
      sheet = fetchSheet(address, id);
      this.fetched.set(id, sheet);
      // A sheet that could not be fetched (say, the connection dropped) is tried again next time.
      void sheet.then((found) => found ?? this.fetched.delete(id));
    }
    return sheet;
  }
}

/** The sheet inside an exercise page, copied into this document. The page is parsed, never run. */
async function fetchSheet(address: string, id: string): Promise<Element | undefined> {
  try {
    const response = await fetch(address);
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const sheet = [...page.querySelectorAll('[data-sheet]')].find((element) => element.getAttribute('data-sheet') === id);
    return sheet ? document.importNode(sheet, true) : undefined;
  } catch {
    return undefined;
  }
}
