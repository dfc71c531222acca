/**
 * The plan's UI strings. The island bundles them (`src/i18n/en-plan.ts`) rather than the whole
 * dictionary, and they stay out of the page's HTML, which is the first round trip; the page
 * uses the same translator, so the server's example plan and the island's plans word things identically.
 */
import { enPlan } from '../../i18n/en-plan';

export type PlanKey = keyof typeof enPlan;
export type PlanStrings = Record<PlanKey, string>;
export type PlanText = (key: PlanKey, values?: Record<string, string | number>) => string;

/** `{name}` placeholders filled from `values`, as src/i18n's `t` does. */
export function translator(strings: PlanStrings = enPlan): PlanText {
  return (key, values = {}) =>
    strings[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
