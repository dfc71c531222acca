/**
 * The reader's choice of exercise sheets, as it travels in the address
 * (`/sheets/?ids=squats,calf-raises&layout=compact`) and in local storage.
 * Everything that arrives here is untrusted text: ids are only ever compared with the
 * site's own ids and shown as text, never used as HTML or as a selector.
 */

/** One exercise per page, or two per page. */
export type SheetLayout = 'single' | 'compact';

export interface SheetSelection {
  /** Exercise ids in the order they were chosen, without repeats. */
  ids: string[];
  layout: SheetLayout;
}

export const emptySelection: SheetSelection = { ids: [], layout: 'single' };

/** The most ids one address or stored value can carry: more than the library holds, small enough to stay harmless. */
export const maxIds = 100;

/** Comma-separated ids to a clean list: trimmed, lower-case, no empties, no repeats. */
export function parseIds(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const ids = raw
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id !== '');
  return [...new Set(ids)].slice(0, maxIds);
}

export function parseLayout(raw: unknown): SheetLayout {
  return raw === 'compact' ? 'compact' : 'single';
}

/** Adds the id when it is missing, removes it when it is there. */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}

/** Splits ids into those the site has and those it does not, keeping their order. */
export function splitKnown(ids: readonly string[], known: ReadonlySet<string>): { known: string[]; unknown: string[] } {
  return { known: ids.filter((id) => known.has(id)), unknown: ids.filter((id) => !known.has(id)) };
}

/**
 * What an address asks for. `ids` is left out when the address has no `ids` parameter,
 * so that a plain `/sheets/` falls back to the stored choice; an empty `ids=` means "none".
 */
export function readQuery(search: string): Partial<SheetSelection> {
  const params = new URLSearchParams(search);
  const query: Partial<SheetSelection> = {};
  if (params.has('ids')) query.ids = parseIds(params.get('ids'));
  if (params.has('layout')) query.layout = parseLayout(params.get('layout'));
  return query;
}

/**
 * An address with ids is a complete choice (a shared link must print the same for everyone,
 * and `toQuery` leaves out the default layout); a bare `/sheets/` picks up the stored one.
 */
export function startingSelection(query: Partial<SheetSelection>, stored: SheetSelection): SheetSelection {
  if (query.ids) return { ids: query.ids, layout: query.layout ?? 'single' };
  return { ids: stored.ids, layout: query.layout ?? stored.layout };
}

/**
 * The query string for a selection, with plain commas between the ids so that the address
 * stays readable when it is shared or printed. Empty when nothing is chosen and the layout is the default.
 */
export function toQuery(selection: SheetSelection): string {
  const parts: string[] = [];
  if (selection.ids.length > 0) parts.push(`ids=${selection.ids.map(encodeURIComponent).join(',')}`);
  if (selection.layout === 'compact') parts.push('layout=compact');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * Which chosen sheets begin a new sheet of paper, given which of them are set in dense type
 * (long words, src/lib/sheets/density.ts): every one in the single layout; in the compact one,
 * two regular sheets share a page, and a dense sheet, which needs more than half a page, has one
 * of its own.
 */
export function pageStarts(dense: readonly boolean[], layout: SheetLayout): boolean[] {
  let room = false;
  return dense.map((isDense) => {
    if (layout === 'single') return true;
    const shares = room && !isDense;
    room = !shares && !isDense;
    return !shares;
  });
}
