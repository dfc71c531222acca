/**
 * How tightly a printed sheet sets its words. A sheet is one page in every language, and German
 * runs about a third longer than English, so a long text gets smaller type instead of a second
 * page. The limits are characters of everything the sheet prints but its footer (at 1,340 the
 * regular type still fits Letter, but two sheets share a compact page only up to about 1,200; the
 * dense type held 1,844); the print
 * tests print every sheet of every language on A4 and Letter and fail when one no longer fits.
 */
export const sheetDensities = [
  { density: 'regular', upTo: 1200 },
  { density: 'dense', upTo: Infinity },
] as const;

export type SheetDensity = (typeof sheetDensities)[number]['density'];

/** `texts` are the words the sheet prints: title, summary, dose, steps, cautions and its safety notes. */
export function sheetDensity(texts: readonly string[]): SheetDensity {
  const length = texts.join(' ').length;
  return sheetDensities.find(({ upTo }) => length <= upTo)!.density;
}
