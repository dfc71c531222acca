/**
 * The browser side of the reader's sheet: local storage plus one page event, so that every
 * "Add to my sheet" button and "My sheet (N)" link on a page, and pages in other tabs, agree.
 */
import { readStored, writeStored, type SelectionStorage } from '../../lib/sheets/storage';
import type { SheetSelection } from '../../lib/sheets/selection';

const changeEvent = 'osteomove:sheet';

/** `localStorage` itself can throw when the browser blocks storage. */
function storage(): SelectionStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const loadSelection = (): SheetSelection => readStored(storage());

export function saveSelection(selection: SheetSelection): void {
  writeStored(storage(), selection);
  document.dispatchEvent(new CustomEvent(changeEvent));
}

/** Calls `update` now and whenever the selection may have changed: here, in another tab, or on returning with Back. */
export function watchSelection(update: (selection: SheetSelection) => void): void {
  const refresh = () => update(loadSelection());
  document.addEventListener(changeEvent, refresh);
  window.addEventListener('storage', refresh);
  window.addEventListener('pageshow', refresh);
  refresh();
}
