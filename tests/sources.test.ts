/**
 * Every source a page names must be one a reader can look up, and the site names no source
 * that is not a public text. These checks read `content/` as the build does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../src/schemas/source';
import { sourceLinks } from '../src/lib/sources';

const contentDir = join(import.meta.dirname, '..', 'content');
const sources = JSON.parse(readFileSync(join(contentDir, 'sources.json'), 'utf8')) as ({ id: string } & Record<string, unknown>)[];

/**
 * Every file of content: the facts (`<kind>/<id>.yaml`) and the words in each language
 * (`<locale>/<kind>/<id>.mdx`), with its text and the source ids it names (a facts file
 * names them at the top level, a whole page such as a guide in its frontmatter).
 */
const contentFiles = readdirSync(contentDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /^[^_].*\.(mdx?|yaml)$/.test(entry.name))
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    const data = entry.name.endsWith('.yaml') ? text : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '');
    return { path, text, cited: ((parse(data) as { sources?: string[] } | null)?.sources ?? []) as string[] };
  });

const valid = { name: 'Example', citation: 'Author A. A title. A journal 2020;1:1–2.', year: 2020 };

describe('source schema', () => {
  it('accepts an entry with an address, a DOI, or both', () => {
    expect(sourceSchema.safeParse({ ...valid, url: 'https://example.org/page' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...valid, doi: '10.1136/bjsports-2021-104634' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...valid, url: 'https://example.org/page', doi: '10.1503/cmaj.221647' }).success).toBe(true);
  });

  it('refuses an entry a reader could not find: no address and no DOI', () => {
    const result = sourceSchema.safeParse(valid);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/url.*doi/i);
  });

  it.each(['bjsports-2021-104634', 'doi:10.1136/bjsports-2021-104634', 'https://doi.org/10.1136/x', '10.12/too-short-prefix', '10.1136/', '10.1136/with space'])(
    'refuses the malformed DOI %s',
    (doi) => {
      expect(sourceSchema.safeParse({ ...valid, doi }).success).toBe(false);
    },
  );

  it('refuses an address that is not https', () => {
    expect(sourceSchema.safeParse({ ...valid, url: 'http://example.org/' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...valid, url: 'informedhealth.org' }).success).toBe(false);
  });
});

describe('content/sources.json', () => {
  it.each(sources.map((source) => [source.id, source] as const))('%s parses and can be found', (_id, source) => {
    const result = sourceSchema.safeParse(source);
    expect(result.success, result.error?.message).toBe(true);
    expect(sourceLinks(result.data!).length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it.each(sources.map((source) => source.id))('%s is cited by at least one content file', (id) => {
    expect(contentFiles.filter((file) => file.cited.includes(id)).map((file) => file.path)).not.toHaveLength(0);
  });

  it('every id a content file cites is an entry', () => {
    const ids = new Set(sources.map((s) => s.id));
    const unknown = contentFiles.flatMap((file) => file.cited.filter((id) => !ids.has(id)).map((id) => `${file.path}: ${id}`));
    expect(unknown).toEqual([]);
  });
});

describe('no private notes as a source', () => {
  it.each(['OsteoMove source notes', 'german-statutory-insurance', 'reader-surveys'])('"%s" appears nowhere in content/', (phrase) => {
    const inJson = readFileSync(join(contentDir, 'sources.json'), 'utf8').includes(phrase) ? ['content/sources.json'] : [];
    expect([...inJson, ...contentFiles.filter((file) => file.text.includes(phrase)).map((file) => file.path)]).toEqual([]);
  });
});
