import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots';

describe('robotsTxt', () => {
  it('allows everything and names the absolute sitemap address, base included', () => {
    const text = robotsTxt(new URL('/osteomove/sitemap-index.xml', 'https://example.org'));
    expect(text.split('\n')).toEqual(['User-agent: *', 'Allow: /', '', 'Sitemap: https://example.org/osteomove/sitemap-index.xml', '']);
  });
});
