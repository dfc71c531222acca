/**
 * Turns the generator's messages into text in one language: the dictionary gives the words,
 * the region's `Intl` the lists, plural forms, numbers and weekday names, so that no sentence is
 * put together with one language's grammar. Plain text out; the page and the island escape it.
 */
import { fill, formatList, weekdayName } from '../../i18n/format';
import type { Message, MessageValue, PlanKey } from './messages';

export type PlanStrings = Readonly<Record<PlanKey, string>>;

export type RenderMessage = (value: MessageValue) => string;

const isMessage = (value: object): value is Message => 'key' in value;

/** A renderer for one dictionary and region (e.g. `en-GB`, `de-DE`). Throws on a key the dictionary lacks. */
export function messageRenderer(strings: PlanStrings, region: string): RenderMessage {
  const words: Readonly<Record<string, string>> = strings;
  const plurals = new Intl.PluralRules(region);
  const numbers = new Intl.NumberFormat(region);
  const word = (key: string): string => {
    const found = words[key];
    if (found === undefined) throw new Error(`The plan dictionary for ${region} has no "${key}".`);
    return found;
  };

  /** A plural key picks the form for its `count`; a language without that form uses `.other`. */
  const template = ({ key, values }: Message): string => {
    if (key in words) return word(key);
    const count = values?.count;
    if (typeof count !== 'number') throw new Error(`"${key}" needs a count to choose its plural form.`);
    return words[`${key}.${plurals.select(count)}`] ?? word(`${key}.other`);
  };

  const render = (value: MessageValue): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return numbers.format(value);
    if (isMessage(value))
      return fill(template(value), Object.fromEntries(Object.entries(value.values ?? {}).map(([name, inner]) => [name, render(inner)])));
    if ('days' in value) return formatList(region, value.days.map((day) => weekdayName(region, day)));
    if ('level' in value) return word(`plan.name.level.${value.level}`);
    if ('activity' in value) return word(`plan.name.activity.${value.activity}`);
    if ('activities' in value)
      return value.activities.length === 0
        ? word('plan.name.activity.none')
        : formatList(region, value.activities.map((activity) => word(`plan.name.activity.${activity}`)));
    if ('category' in value) return word(`plan.name.category.${value.category}`);
    if ('equipment' in value)
      return value.equipment.length === 0
        ? word('plan.name.equipment.none')
        : formatList(region, value.equipment.map((item) => word(`plan.name.equipment.${item}`)));
    return formatList(region, value.list.map(render));
  };
  return render;
}
