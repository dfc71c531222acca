import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n';
import { formatDose, formatRange } from './dose';

const { t } = useTranslations('en');
const de = useTranslations('de').t;

describe('formatRange', () => {
  it('writes a range with both ends', () => expect(formatRange([8, 12], t)).toBe('8 to 12'));
  it('writes a single number when both ends are equal', () => expect(formatRange([10, 10], t)).toBe('10'));
});

describe('formatDose', () => {
  it('writes sets and repetitions', () => {
    expect(formatDose({ kind: 'reps', sets: [2, 3], reps: [8, 12], perSide: false }, t)).toBe(
      '2 to 3 sets × 8 to 12 repetitions',
    );
  });
  it('adds the hold time of held exercises and says when reps are per side', () => {
    expect(formatDose({ kind: 'reps', sets: [2, 3], reps: [8, 12], holdSeconds: [3, 5], perSide: true }, t)).toBe(
      '2 to 3 sets × 8 to 12 repetitions on each side, hold each one for 3 to 5 seconds',
    );
  });
  it('writes seconds, per side when asked', () => {
    expect(formatDose({ kind: 'seconds', seconds: [30, 60], perSide: true }, t)).toBe('30 to 60 seconds on each side');
  });
  it('writes minutes', () => {
    expect(formatDose({ kind: 'minutes', minutes: [20, 20] }, t)).toBe('20 minutes');
    expect(formatDose({ kind: 'minutes', minutes: [20, 30] }, t)).toBe('20 to 30 minutes');
  });
});

describe('formatDose in German', () => {
  it('states the same numbers in German words', () => {
    const german = formatDose({ kind: 'reps', sets: [2, 3], reps: [8, 12], perSide: false }, de);
    expect(german).toMatch(/^2 bis 3 .+ × 8 bis 12 /);
    expect(formatDose({ kind: 'minutes', minutes: [20, 30] }, de)).toBe('20 bis 30 Minuten');
  });
});
