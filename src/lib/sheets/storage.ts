/**
 * The selection in local storage, so that it survives a reload and is shared by the
 * "Add to my sheet" buttons and the sheet builder. The storage is passed in, so this stays
 * free of the DOM; a browser that refuses storage (private mode, full disk) simply gets no memory.
 */
import { emptySelection, maxIds, parseLayout, type SheetSelection } from './selection';

export const storageKey = 'osteomove.sheet';

/** The part of the Web Storage API this module uses. */
export type SelectionStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A stored value back to a selection; anything unreadable or malformed counts as nothing chosen. */
export function deserialise(text: string | null): SheetSelection {
  if (!text) return emptySelection;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return emptySelection;
  }
  if (typeof value !== 'object' || value === null) return emptySelection;
  const { ids, layout } = value as { ids?: unknown; layout?: unknown };
  const cleanIds = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  return { ids: [...new Set(cleanIds)].slice(0, maxIds), layout: parseLayout(layout) };
}

export function serialise(selection: SheetSelection): string {
  return JSON.stringify({ ids: selection.ids, layout: selection.layout });
}

export function readStored(storage: SelectionStorage | undefined): SheetSelection {
  try {
    return deserialise(storage?.getItem(storageKey) ?? null);
  } catch {
    return emptySelection;
  }
}

/** True when the selection was stored. */
export function writeStored(storage: SelectionStorage | undefined, selection: SheetSelection): boolean {
  if (!storage) return false;
  try {
    storage.setItem(storageKey, serialise(selection));
    return true;
  } catch {
    return false;
  }
}
