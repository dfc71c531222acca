import { describe, expect, it } from 'vitest';
import { count, kB, replaceBlock, seconds, table } from './report.ts';

describe('report', () => {
  it('writes sizes in kB, times in seconds and counts with thousands separators', () => {
    expect(kB(12_345)).toBe('12.3 kB');
    expect(seconds(61_250)).toBe('61.3 s');
    expect(count(5024)).toBe('5,024');
  });

  it('writes a Markdown table with the first column left-aligned and numbers right-aligned', () => {
    expect(table(['page', 'bytes'], [['home', 12]])).toBe('| page | bytes |\n| --- | ---: |\n| home | 12 |');
  });

  it("replaces what stands between a block's markers and nothing else", () => {
    const page = 'Intro\n<!-- figures -->\nold\n<!-- /figures -->\nOutro\n';
    expect(replaceBlock(page, 'figures', 'new\n')).toBe('Intro\n<!-- figures -->\nnew\n<!-- /figures -->\nOutro\n');
    expect(replaceBlock(replaceBlock(page, 'figures', 'new'), 'figures', 'newer')).toContain('<!-- figures -->\nnewer\n<!-- /figures -->');
  });

  it('refuses a page without the markers', () => {
    expect(() => replaceBlock('Intro', 'figures', 'new')).toThrow(/figures/);
  });
});
