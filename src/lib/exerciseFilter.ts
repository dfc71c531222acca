import { isStrongImpact } from './impact';
import type { Impact } from '../schemas/vocabulary';

/** The library's filters: which card facts each one looks at. */
export type FilterName = 'no-equipment' | 'spine' | 'no-support' | 'gentle-impact';

export interface CardFacts {
  /** Space-separated equipment ids, empty when none is needed. */
  equipment: string;
  spine: boolean;
  support: boolean;
  impact: Impact;
}

const tests: Record<FilterName, (card: CardFacts) => boolean> = {
  'no-equipment': (card) => card.equipment.trim() === '',
  spine: (card) => card.spine,
  'no-support': (card) => !card.support,
  'gentle-impact': (card) => !isStrongImpact(card.impact),
};

/** True when the card passes every active filter (no filter: every card passes). */
export function matchesFilters(card: CardFacts, active: readonly FilterName[]): boolean {
  return active.every((name) => tests[name]?.(card) ?? true);
}
