import { describe, expect, it } from 'vitest';
import { formatDose, formatRange } from './dose';

describe('formatRange', () => {
  it('writes a range with both ends', () => expect(formatRange([8, 12])).toBe('8 to 12'));
  it('writes a single number when both ends are equal', () => expect(formatRange([10, 10])).toBe('10'));
});

describe('formatDose', () => {
  it('writes sets and repetitions', () => {
    expect(formatDose({ kind: 'reps', sets: [2, 3], reps: [8, 12], perSide: false })).toBe(
      '2 to 3 sets × 8 to 12 repetitions',
    );
  });
  it('adds the hold time of held exercises and says when reps are per side', () => {
    expect(formatDose({ kind: 'reps', sets: [2, 3], reps: [8, 12], holdSeconds: [3, 5], perSide: true })).toBe(
      '2 to 3 sets × 8 to 12 repetitions on each side, hold each one for 3 to 5 seconds',
    );
  });
  it('writes seconds, per side when asked', () => {
    expect(formatDose({ kind: 'seconds', seconds: [30, 60], perSide: true })).toBe('30 to 60 seconds on each side');
  });
  it('writes minutes', () => {
    expect(formatDose({ kind: 'minutes', minutes: [20, 20] })).toBe('20 minutes');
    expect(formatDose({ kind: 'minutes', minutes: [20, 30] })).toBe('20 to 30 minutes');
  });
});
