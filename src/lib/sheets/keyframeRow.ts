/**
 * How a figure's keyframes print on a sheet: in one row, as tall as the row allows, beside
 * the dose and equipment when that leaves the drawings tall enough to read, else across the
 * sheet with the dose and equipment below. Upright figures sit beside; lying ones, wide and
 * low, go across. Sizes are millimetres of paper, from the narrower page (A4); print.css holds
 * the same numbers.
 */

/** The room a layout gives the row, and the drawing heights the print styles offer, tallest first. */
export interface SheetRoom {
  /** The width of the sheet: the row across it. */
  width: number;
  /** The width of the row beside the dose and equipment. */
  beside: number;
  /** Drawing heights print.css has a rule for (`h<height>`), tallest first. */
  heights: readonly number[];
  /** How many of the tallest heights may sit beside; smaller than those, going across reads better. */
  besideHeights: number;
  /** Space between two keyframes. */
  gap: number;
}

export const sheetRooms = {
  /** One sheet a page: 186 mm of A4, of which the dose and equipment keep 80 mm beside the row. */
  single: { width: 186, beside: 101, heights: [34, 30, 26, 22, 18], besideHeights: 3, gap: 3 },
  /** Two sheets a page: 190 mm of A4, of which the title, dose and equipment keep about 90 mm. */
  compact: { width: 190, beside: 96, heights: [24, 20, 16], besideHeights: 2, gap: 2 },
} as const satisfies Record<string, SheetRoom>;

export interface KeyframeRow {
  /** The row sits beside the dose and equipment, not above them. */
  beside: boolean;
  /** Height of each drawing, one of the room's `heights`. */
  height: number;
}

/** `aspect` is a drawing's width over its height; every keyframe of a figure shares it. */
export function keyframeRow(aspect: number, count: number, room: SheetRoom): KeyframeRow {
  const fits = (width: number) => (height: number) => count * height * aspect + (count - 1) * room.gap <= width;
  const beside = room.heights.slice(0, room.besideHeights).find(fits(room.beside));
  if (beside !== undefined) return { beside: true, height: beside };
  // Too wide even at the smallest height: the drawings shrink to the sheet's width (print.css).
  return { beside: false, height: room.heights.find(fits(room.width)) ?? room.heights[room.heights.length - 1]! };
}

/** The row as the words of a data attribute for print.css, e.g. "beside h30". */
export const rowTokens = ({ beside, height }: KeyframeRow): string => `${beside ? 'beside' : 'across'} h${height}`;
