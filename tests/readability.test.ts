/**
 * The German exercise pages read easily: Amstad's reading ease (the German Flesch formula) of
 * each words file's summary, steps, cautions and body is at least 60, "easy to fairly easy".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../src/lib/content/files';
import { amstadReadingEase } from '../src/lib/readability/amstad';
import { readableText } from '../src/lib/readability/words';

const dir = join(contentRoot(), 'de/exercises');
const files = readdirSync(dir).filter((name) => /^[^_].*\.mdx$/.test(name)).sort();

describe('German exercise words', () => {
  it('has files to score', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('content/de/exercises/%s scores at least 60 on reading ease', (name) => {
    const { score } = amstadReadingEase(readableText(readFileSync(join(dir, name), 'utf8')));
    expect(score).toBeGreaterThanOrEqual(60);
  });
});
