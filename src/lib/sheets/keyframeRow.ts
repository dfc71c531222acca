/**
 * How a figure's keyframes print on a sheet: in one row, as tall as the row allows, beside
 * the dose and equipment when they fit there at one of the heights print.css offers, else
 * across the sheet with the dose and equipment below. Upright figures sit beside; lying ones,
 * wide and low, go across on a single sheet (a compact one keeps them beside, small). Sizes
 * are millimetres of paper, from the narrower page (A4); print.css holds the same numbers.
 */

/** The room a layout gives the row, and the drawing heights the print styles offer, tallest first. */
export interface SheetRoom {
  /** The width of the sheet: the row across it. */
  width: number;
  /** The widest the row may be beside the dose and equipment. */
  beside: number;
  /** Width of each keyframe beside them, so a label keeps a few words a line; the row is no wider than these. */
  besideItem: number;
  /** Drawing heights print.css has a rule for (`h<height>`), tallest first. */
  heights: readonly number[];
  /** Space between two keyframes. */
  gap: number;
}

export const sheetRooms = {
  /** One sheet a page: 186 mm of A4, of which the dose and equipment keep at least 80 mm beside the row. */
  single: { width: 186, beside: 101, besideItem: 33, heights: [34, 30, 26, 22, 18], gap: 3 },
  /**
   * Two sheets a page: 190 mm of A4, of which the title, dose and equipment keep about 90 mm.
   * Every millimetre of height counts twice here, so even lying figures sit beside, small.
   */
  compact: { width: 190, beside: 96, besideItem: 96, heights: [20, 16, 13, 11], gap: 2 },
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
  // Beside costs no height of its own, so even small drawings beside beat big ones across a page that must not overflow.
  const beside = room.heights.find(fits(besideWidth(count, room)));
  if (beside !== undefined) return { beside: true, height: beside };
  // Too wide even at the smallest height: the drawings shrink to the sheet's width (print.css).
  return { beside: false, height: room.heights.find(fits(room.width)) ?? room.heights[room.heights.length - 1]! };
}

/** How wide the row is beside the dose and equipment: a keyframe's share each, up to the room beside. */
export const besideWidth = (count: number, room: SheetRoom): number => Math.min(room.beside, count * room.besideItem + (count - 1) * room.gap);

/** The row as the words of a data attribute for print.css, e.g. "beside h30". */
export const rowTokens = ({ beside, height }: KeyframeRow): string => `${beside ? 'beside' : 'across'} h${height}`;
