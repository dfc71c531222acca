import { describe, expect, it } from 'vitest';
import { besideWidth, keyframeRow, rowTokens, sheetRooms, type SheetRoom } from './keyframeRow';

const rooms: [string, SheetRoom][] = Object.entries(sheetRooms);
/** Width of the drawings of a row, with the gaps between them. */
const width = (aspect: number, count: number, room: SheetRoom, height: number) =>
  count * height * aspect + (count - 1) * room.gap;

describe('keyframeRow', () => {
  for (const [name, room] of rooms) {
    describe(name, () => {
      it('puts an upright figure of two keyframes beside the dose at the tallest height', () => {
        expect(keyframeRow(0.6, 2, room)).toEqual({ beside: true, height: room.heights[0] });
      });
      it('keeps every row it puts beside within the room beside, for any aspect and count', () => {
        for (let aspect = 0.4; aspect <= 3; aspect += 0.05) {
          for (const count of [2, 3, 4]) {
            const row = keyframeRow(aspect, count, room);
            expect(room.heights).toContain(row.height);
            if (row.beside) expect(width(aspect, count, room, row.height)).toBeLessThanOrEqual(besideWidth(count, room));
          }
        }
      });
      it('makes the drawings no smaller than the room allows', () => {
        const row = keyframeRow(1, 4, room);
        const taller = room.heights.filter((height) => height > row.height);
        for (const height of taller) expect(width(1, 4, room, height)).toBeGreaterThan(row.beside ? besideWidth(4, room) : room.width);
      });
    });
  }
  it('on a single sheet, sends a lying figure across, never wider than the sheet when a height allows it', () => {
    const row = keyframeRow(2.24, 3, sheetRooms.single);
    expect(row.beside).toBe(false);
    expect(width(2.24, 3, sheetRooms.single, row.height)).toBeLessThanOrEqual(sheetRooms.single.width);
  });
  it('on a compact sheet, where height counts twice, keeps even a lying figure beside the title', () => {
    expect(keyframeRow(2.24, 3, sheetRooms.compact).beside).toBe(true);
  });
  it('gives two keyframes on a single sheet only the room they need beside the dose, three or more at most the room beside', () => {
    const { single } = sheetRooms;
    expect(besideWidth(2, single)).toBe(2 * single.besideItem + single.gap);
    expect(besideWidth(3, single)).toBe(single.beside);
    expect(besideWidth(4, single)).toBe(single.beside);
  });
  it('writes the row as tokens for the print styles', () => {
    expect(rowTokens({ beside: true, height: 30 })).toBe('beside h30');
    expect(rowTokens({ beside: false, height: 20 })).toBe('across h20');
  });
});
