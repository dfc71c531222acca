import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from './headersFile';

describe('parseHeadersFile', () => {
  it('groups the header lines under their path and skips comments', () => {
    const text = "# comment\n/*\n  X-A: 1\n  Content-Security-Policy: default-src 'self'; img-src data:\n\n/_astro/*\n  Cache-Control: max-age=1\n";
    expect(Object.fromEntries(parseHeadersFile(text))).toEqual({
      '/*': { 'X-A': '1', 'Content-Security-Policy': "default-src 'self'; img-src data:" },
      '/_astro/*': { 'Cache-Control': 'max-age=1' },
    });
  });

  it('refuses lines it cannot place', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/before any path/);
    expect(() => parseHeadersFile('/*\n  no separator\n')).toThrow(/Name: value/);
  });
});
