/** The search page's sentences, filled in on the client from templates the page renders at build time. */
import { fill } from '../../i18n/format';
import type { PageType } from './facets';

export interface SearchMessages {
  /** The page's language, whose plural rules choose between `count.one` and `count.other`. */
  lang: string;
  /** Label of each page type, shown first in a result's facts. */
  types: Record<PageType, string>;
  count: { one: string; other: string };
  /** The reader's words in the language's quotation marks: `“{query}”`, `„{query}“`. */
  quoted: string;
  filtersOnly: string;
  none: string;
  loading: string;
  failed: string;
}

/** What the search was for, as readers see it: the words in quotes, or "the filters you chose". */
export function describeQuery(messages: SearchMessages, query: string): string {
  return query ? fill(messages.quoted, { query }) : messages.filtersOnly;
}

/** The sentence the live region announces after a search. */
export function resultMessage(messages: SearchMessages, count: number, query: string): string {
  const described = describeQuery(messages, query);
  if (count === 0) return fill(messages.none, { query: described });
  const form = new Intl.PluralRules(messages.lang).select(count) === 'one' ? 'one' : 'other';
  return fill(messages.count[form], { count, query: described });
}
