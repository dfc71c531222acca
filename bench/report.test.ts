import { describe, expect, it } from 'vitest';
import { count, kB, seconds, table } from './report.ts';

describe('report', () => {
  it('writes sizes in kB, times in seconds and counts with thousands separators', () => {
    expect(kB(12_345)).toBe('12.3 kB');
    expect(seconds(61_250)).toBe('61.3 s');
    expect(count(5024)).toBe('5,024');
  });

  it('writes a Markdown table with the first column left-aligned and numbers right-aligned', () => {
    expect(table(['page', 'bytes'], [['home', 12]])).toBe('| page | bytes |\n| --- | ---: |\n| home | 12 |');
  });
});
