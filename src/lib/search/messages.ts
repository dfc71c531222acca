/** The search page's sentences, filled in on the client from templates the page renders at build time. */
import type { PageType } from './facets';

export interface SearchMessages {
  /** Label of each page type, shown first in a result's facts. */
  types: Record<PageType, string>;
  countOne: string;
  countOther: string;
  filtersOnly: string;
  none: string;
  loading: string;
  failed: string;
}

/** Replaces `{name}` placeholders; the result is text for `textContent`, never HTML. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** What the search was for, as readers see it: the words in quotes, or "the filters you chose". */
export function describeQuery(messages: SearchMessages, query: string): string {
  return query ? `“${query}”` : messages.filtersOnly;
}

/** The sentence the live region announces after a search. */
export function resultMessage(messages: SearchMessages, count: number, query: string): string {
  const described = describeQuery(messages, query);
  if (count === 0) return fill(messages.none, { query: described });
  return fill(count === 1 ? messages.countOne : messages.countOther, { count, query: described });
}
