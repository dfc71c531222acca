/**
 * What the reader asked for on the search page, and how it travels in the address bar
 * (`/search/?q=chair&category=strength&sort=level`), so links, bookmarks and the back
 * button all work. Pure functions: the page element does the DOM work.
 */
import { filterNames, type FilterName } from './facets';

export type SortOrder = 'relevance' | 'level';

export interface SearchState {
  /** The words as typed, trimmed; may be empty when only filters are set. */
  query: string;
  filters: Partial<Record<FilterName, string>>;
  sort: SortOrder;
}

/** Values each filter may take; anything else in an address is ignored rather than trusted. */
export type AllowedValues = Record<FilterName, readonly string[]>;

/** Long pasted text is cut so a crafted address cannot make the page search a novel. */
export const maxQueryLength = 100;

export const emptyState: SearchState = { query: '', filters: {}, sort: 'relevance' };

export function parseState(params: URLSearchParams, allowed: AllowedValues): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value && allowed[name].includes(value)) filters[name] = value;
  }
  return {
    query: (params.get('q') ?? '').trim().slice(0, maxQueryLength),
    filters,
    sort: params.get('sort') === 'level' ? 'level' : 'relevance',
  };
}

/** The address parameters for a state: only what is set, in a stable order. */
export function toParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of filterNames) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort === 'level') params.set('sort', 'level');
  return params;
}

/** True when there is something to search for: words, a filter, or both. */
export function isActive(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/** The options object for `pagefind.search()`. */
export function searchOptions(state: SearchState): { filters: Record<string, string>; sort?: Record<string, 'asc'> } {
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(state.filters)) if (value) filters[name] = value;
  return state.sort === 'level' ? { filters, sort: { level: 'asc' } } : { filters };
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return toParams(a).toString() === toParams(b).toString();
}
