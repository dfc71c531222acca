import { describe, expect, it } from 'vitest';
import { keyframeRow, rowTokens, sheetRooms } from './keyframeRow';

const rooms = Object.entries(sheetRooms);
/** Width of the drawings of a row, with the gaps between them. */
const width = (aspect: number, count: number, room: (typeof sheetRooms)[keyof typeof sheetRooms], height: number) =>
  count * height * aspect + (count - 1) * room.gap;

describe('keyframeRow', () => {
  for (const [name, room] of rooms) {
    describe(name, () => {
      it('puts an upright figure of two keyframes beside the dose at the tallest height', () => {
        expect(keyframeRow(0.6, 2, room)).toEqual({ beside: true, height: room.heights[0] });
      });
      it('sends a lying figure across the sheet, and never wider than the sheet when a height allows it', () => {
        const row = keyframeRow(2.24, 3, room);
        expect(row.beside).toBe(false);
        expect(width(2.24, 3, room, row.height)).toBeLessThanOrEqual(room.width);
      });
      it('keeps every row it puts beside within the room beside, for any aspect and count', () => {
        for (let aspect = 0.4; aspect <= 3; aspect += 0.05) {
          for (const count of [2, 3, 4]) {
            const row = keyframeRow(aspect, count, room);
            expect(room.heights).toContain(row.height);
            if (row.beside) {
              expect(width(aspect, count, room, row.height)).toBeLessThanOrEqual(room.beside);
              expect(room.heights.indexOf(row.height)).toBeLessThan(room.besideHeights);
            }
          }
        }
      });
      it('makes the drawings no smaller than the room allows', () => {
        const row = keyframeRow(1, 4, room);
        const taller = room.heights.filter((height) => height > row.height);
        for (const height of taller) expect(width(1, 4, room, height)).toBeGreaterThan(row.beside ? room.beside : room.width);
      });
    });
  }
  it('writes the row as tokens for the print styles', () => {
    expect(rowTokens({ beside: true, height: 30 })).toBe('beside h30');
    expect(rowTokens({ beside: false, height: 20 })).toBe('across h20');
  });
});
