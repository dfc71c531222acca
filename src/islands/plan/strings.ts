/**
 * The plan's UI strings. The island gets only the `plan.` keys, as JSON in a data attribute,
 * so its bundle does not carry the whole UI dictionary; the page uses the same translator, so
 * the server's example plan and the island's plans word things identically.
 */
import type { UiKey } from '../../i18n';

export type PlanKey = Extract<UiKey, `plan.${string}`>;
export type PlanStrings = Record<PlanKey, string>;
export type PlanText = (key: PlanKey, values?: Record<string, string | number>) => string;

/** Every `plan.` entry of a full dictionary. */
export function pickPlanStrings(all: Readonly<Record<UiKey, string>>): PlanStrings {
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('plan.'))) as PlanStrings;
}

/** `{name}` placeholders filled from `values`, as src/i18n's `t` does. */
export function translator(strings: PlanStrings): PlanText {
  return (key, values = {}) =>
    strings[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
