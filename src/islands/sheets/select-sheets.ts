import { startsPage, type SheetLayout } from '../../lib/sheets/selection';

/**
 * Marks which of a SheetSet's server-rendered sheets print, and where the paper breaks.
 * Sheets keep the set's order; the ids only decide which of them are chosen.
 */
export function selectSheets(set: HTMLElement, ids: readonly string[], layout: SheetLayout): void {
  set.dataset.layout = layout;
  let index = 0;
  for (const sheet of set.querySelectorAll<HTMLElement>('[data-sheet]')) {
    const chosen = ids.includes(sheet.dataset.sheet ?? '');
    sheet.toggleAttribute('data-selected', chosen);
    sheet.toggleAttribute('data-page-start', chosen && startsPage(index, layout));
    if (chosen) index += 1;
  }
}
